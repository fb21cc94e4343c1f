package org.successplan.server.ig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.hl7.fhir.utilities.OIDUtilities;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's patched {@link OIDUtilities} (docs/adr/0009-oid-registry-patch.md) is the class in use,
 * shares one parsed registry, and is otherwise the library's class: same public API, same answers. The
 * library's own class is loaded from its jar in an isolated class loader for the comparison.
 */
class OidRegistryPatchTest {

    static final String CLASS_FILE = "org/hl7/fhir/utilities/OIDUtilities.class";
    static final String PATCHED_VERSION = "6.7.9";

    static URL libraryJar;
    static URLClassLoader libraryLoader;
    static Class<?> library;

    @BeforeAll
    static void loadTheLibrarysClass() throws Exception {
        List<URL> copies =
                Collections.list(OidRegistryPatchTest.class.getClassLoader().getResources(CLASS_FILE));
        URL original = copies.stream()
                .filter(url -> url.getProtocol().equals("jar"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the library's OIDUtilities is not on the class path"));
        libraryJar = ((JarURLConnection) original.openConnection()).getJarFileURL();
        libraryLoader = new URLClassLoader(new URL[] {libraryJar}, ClassLoader.getPlatformClassLoader());
        library = libraryLoader.loadClass(OIDUtilities.class.getName());
    }

    @AfterAll
    static void close() throws IOException {
        libraryLoader.close();
    }

    @Test
    void thePatchedClass_isTheOneTheServerLoads() throws Exception {
        List<URL> copies =
                Collections.list(OidRegistryPatchTest.class.getClassLoader().getResources(CLASS_FILE));

        assertThat(copies).hasSize(2);
        assertThat(copies.get(0).getProtocol()).isEqualTo("file");
        assertThat(OIDUtilities.class.getProtectionDomain().getCodeSource().getLocation())
                .isEqualTo(new URL(copies.get(0).toString().replace(CLASS_FILE, "")));
        assertThat(library.getProtectionDomain().getCodeSource().getLocation()).isEqualTo(libraryJar);
    }

    @Test
    void theLibrary_isTheVersionThePatchWasMadeFrom() throws Exception {
        try (JarFile jar = new JarFile(libraryJar.getPath())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Bundle-Version"))
                    .as("org.hl7.fhir.utilities was upgraded: compare its OIDUtilities with the patched copy"
                            + " (server/src/main/java/org/hl7/fhir/utilities) and delete the copy if the library now"
                            + " parses the registry once; see docs/adr/0009-oid-registry-patch.md")
                    .isEqualTo(PATCHED_VERSION);
        }
    }

    @Test
    void instances_shareOneParsedRegistry() throws Exception {
        Field registry = OIDUtilities.class.getDeclaredField("oidMap");
        registry.setAccessible(true);

        Object first = registry.get(new OIDUtilities());
        Object second = registry.get(new OIDUtilities());

        assertThat(first).isSameAs(second);
        assertThat((java.util.Map<?, ?>) first).hasSizeGreaterThan(10_000);
    }

    @Test
    void publicApi_isTheLibrarys() throws Exception {
        for (String nested : List.of("", "$OIDInfo")) {
            Class<?> ours = Class.forName(OIDUtilities.class.getName() + nested);
            Class<?> theirs = libraryLoader.loadClass(OIDUtilities.class.getName() + nested);

            assertThat(ours.getModifiers()).isEqualTo(theirs.getModifiers());
            assertThat(ours.getSuperclass().getName())
                    .isEqualTo(theirs.getSuperclass().getName());
            assertThat(visibleMembers(ours)).isEqualTo(visibleMembers(theirs)).isNotEmpty();
        }
        assertThat(names(OIDUtilities.class.getDeclaredClasses())).isEqualTo(names(library.getDeclaredClasses()));
    }

    @Test
    void everyRegisteredOid_isKnownToBoth_andOtherInputsAreNot() throws Exception {
        Object theirs = library.getConstructor().newInstance();
        Method theirIsKnown = library.getMethod("isKnownOID", String.class);
        OIDUtilities ours = new OIDUtilities();

        List<String> inputs = new ArrayList<>();
        registeredOids().forEach(oid -> inputs.add("urn:oid:" + oid));
        assertThat(inputs).hasSizeGreaterThan(10_000);
        inputs.addAll(Arrays.asList(
                null, "", "urn:oid:", "urn:oid:9.9.9.9.9", "2.16.840.1.113883.6.96", "urn:uuid:1", "urn:oid:1.2.3"));

        for (String input : inputs) {
            assertThat(ours.isKnownOID(input)).as(input).isEqualTo(theirIsKnown.invoke(theirs, input));
        }
        assertThat(ours.isKnownOID("urn:oid:2.16.840.1.113883.6.96")).isTrue();
        assertThat(ours.isKnownOID("urn:oid:9.9.9.9.9")).isFalse();
    }

    @Test
    void staticHelpers_answerAsTheLibrarysDo() throws Exception {
        List<String> inputs = new ArrayList<>(registeredOids().limit(2_000).toList());
        inputs.addAll(List.of(
                "2.16.840.1.113883.6.96",
                "2.16.840.1.113883.6.1",
                "2.16.840.1.113883.6.88",
                "2.16.840.1.113883.12.292",
                "1.2",
                "3.1.2",
                "1..2",
                "1.02",
                "abc",
                ""));
        for (String input : inputs) {
            for (String helper : List.of("getUriForOid", "oidTail", "oidRoot", "isValidOID")) {
                Object expected = library.getMethod(helper, String.class).invoke(null, input);
                Object actual =
                        OIDUtilities.class.getMethod(helper, String.class).invoke(null, input);
                assertThat(actual).as(helper + "(" + input + ")").isEqualTo(expected);
            }
        }
        assertThat(OIDUtilities.getUriForOid(null)).isNull();
        assertThat(OIDUtilities.oidTail(null)).isNull();
    }

    static Stream<String> registeredOids() throws IOException {
        try (JarFile jar = new JarFile(libraryJar.getPath());
                BufferedReader csv = new BufferedReader(new InputStreamReader(
                        jar.getInputStream(jar.getEntry("oidregistry.csv")), StandardCharsets.UTF_8))) {
            return csv
                    .lines()
                    .skip(1)
                    .map(line -> line.split(","))
                    .filter(parts -> parts.length >= 4)
                    .map(parts -> parts[0].trim())
                    .toList()
                    .stream();
        }
    }

    static Set<String> visibleMembers(Class<?> type) {
        Set<String> members = new TreeSet<>();
        Stream.of(type.getDeclaredConstructors(), type.getDeclaredMethods(), type.getDeclaredFields())
                .flatMap(Arrays::stream)
                .map(Member.class::cast)
                .filter(member ->
                        Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers()))
                .forEach(member -> members.add(describe(member)));
        return members;
    }

    static String describe(Member member) {
        String modifiers = Modifier.toString(member.getModifiers());
        if (member instanceof Method method) {
            return modifiers + " " + method.getReturnType().getName() + " " + method.getName()
                    + parameters(method.getParameterTypes());
        }
        if (member instanceof Constructor<?> constructor) {
            return modifiers + " <init>" + parameters(constructor.getParameterTypes());
        }
        return modifiers + " " + ((Field) member).getType().getName() + " " + member.getName();
    }

    static List<String> parameters(Class<?>[] types) {
        return Arrays.stream(types).map(Class::getName).toList();
    }

    static List<String> names(Class<?>[] types) {
        return Arrays.stream(types).map(Class::getName).sorted().toList();
    }
}
