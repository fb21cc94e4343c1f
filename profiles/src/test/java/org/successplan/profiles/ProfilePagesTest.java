package org.successplan.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The per-profile pages of the implementation guide (implementation-guide/profiles/) are generated
 * from the built package and must be committed up to date. Run with
 * {@code -Dssp.regenerate-pages=true} to rewrite them.
 */
class ProfilePagesTest {

    private static final Path PAGES = Path.of(System.getProperty("ssp.pages.dir", "../implementation-guide/profiles"));

    @Test
    void committedProfilePages_matchThePackage() throws IOException {
        Map<String, String> expected = new ProfilePages(SspPackage.get(), Validators.sspSupport()).render();

        if (Boolean.getBoolean("ssp.regenerate-pages")) {
            write(expected);
        }

        Set<String> present = Files.isDirectory(PAGES) ? list() : Set.of();
        assertThat(present)
                .as("pages in %s (regenerate with: %s)", PAGES, ProfilePages.REGENERATE_HINT)
                .isEqualTo(new TreeSet<>(expected.keySet()));
        for (Map.Entry<String, String> page : expected.entrySet()) {
            String committed = Files.readString(PAGES.resolve(page.getKey()), StandardCharsets.UTF_8);
            assertThat(committed)
                    .as("%s is stale (regenerate with: %s)", page.getKey(), ProfilePages.REGENERATE_HINT)
                    .isEqualTo(page.getValue());
        }
    }

    private static void write(Map<String, String> pages) throws IOException {
        Files.createDirectories(PAGES);
        for (String stale : list()) {
            if (!pages.containsKey(stale)) {
                Files.delete(PAGES.resolve(stale));
            }
        }
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Files.writeString(PAGES.resolve(page.getKey()), page.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> list() throws IOException {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
