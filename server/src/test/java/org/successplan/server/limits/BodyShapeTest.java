package org.successplan.server.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.successplan.server.limits.BodyShape.Format;
import org.successplan.server.limits.BodyShape.Kind;
import org.successplan.server.limits.BodyShape.Violation;

class BodyShapeTest {

    private static final BodyShape.Limits LIMITS = new BodyShape.Limits(10, 5);

    @ParameterizedTest
    @CsvSource({
        "application/fhir+json, JSON",
        "application/json;charset=utf-8, JSON",
        "application/fhir+xml; charset=UTF-8, XML",
        "application/xml, XML",
        "text/xml, XML",
        "text/plain, OTHER",
        "application/x-www-form-urlencoded, OTHER"
    })
    void formatFollowsTheContentType(String contentType, Format format) {
        assertThat(Format.of(contentType)).isEqualTo(format);
    }

    @Test
    void conformingJsonAndXml_pass() {
        assertThat(json("{\"resourceType\":\"Patient\",\"name\":[{\"given\":[\"a\",\"b\"]}]}"))
                .isEmpty();
        assertThat(
                        xml(
                                "<Patient xmlns=\"http://hl7.org/fhir\"><name><given value=\"a\"/><given value=\"b\"/></name></Patient>"))
                .isEmpty();
    }

    @Test
    void invalidUtf8_isReportedWithItsOffset() {
        byte[] body = "{\"resourceType\":\"Patient\",\"x\":\"ab\"}".getBytes(StandardCharsets.UTF_8);
        body[32] = (byte) 0xff;

        Optional<Violation> violation = BodyShape.check(body, Format.JSON, true, LIMITS);

        assertThat(violation).get().extracting(Violation::kind).isEqualTo(Kind.INVALID_UTF8);
        assertThat(violation.get().message()).contains("byte offset 32");
    }

    @Test
    void invalidUtf8_isNotCheckedWhenAnotherCharsetIsDeclared() {
        byte[] latin1 = "{\"resourceType\":\"Patient\",\"x\":\"é\"}".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(BodyShape.check(latin1, Format.JSON, false, LIMITS)).isEmpty();
    }

    @Test
    void deepJson_isReportedWithItsPath() {
        String deep = "{\"a\":".repeat(11) + "1" + "}".repeat(11);

        Optional<Violation> violation = json(deep);

        assertThat(violation).get().extracting(Violation::kind).isEqualTo(Kind.TOO_DEEP);
        assertThat(violation.get().message()).contains("deeper than 10 levels at $.a.a.a");
    }

    @Test
    void longJsonArrays_areReported_primitiveAndObjectItemsAlike() {
        assertThat(json("{\"given\":[1,2,3,4,5,6]}")).get().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Kind.ARRAY_TOO_LONG);
            assertThat(v.message()).contains("more than 5 times at $.given[5]");
        });
        assertThat(json("{\"name\":[{},{},{},{},{},{}]}"))
                .get()
                .extracting(Violation::kind)
                .isEqualTo(Kind.ARRAY_TOO_LONG);
        assertThat(json("{\"name\":[1,2,3,4,5]}")).isEmpty();
    }

    @Test
    void theTopLevelEntryArray_isExempt_butNestedOnesAreNot() {
        assertThat(json("{\"resourceType\":\"Bundle\",\"entry\":[{},{},{},{},{},{},{}]}"))
                .isEmpty();
        assertThat(json("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"entry\":[1,2,3,4,5,6]}}]}"))
                .isPresent();
    }

    @Test
    void malformedJson_isLeftToTheFhirParser() {
        assertThat(json("{\"resourceType\":\"Patient\"")).isEmpty();
        assertThat(json("not json at all")).isEmpty();
    }

    @Test
    void xmlWithADoctype_isRefused_externalEntitiesAndBillionLaughsAlike() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"&x;\"/></Patient>";
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"&lol2;\"/></Patient>";

        assertThat(xml(xxe)).get().extracting(Violation::kind).isEqualTo(Kind.XML_DOCTYPE);
        assertThat(xml(laughs)).get().extracting(Violation::kind).isEqualTo(Kind.XML_DOCTYPE);
    }

    @Test
    void deepXml_andRepeatedXmlElements_areReported() {
        String deep = "<a>".repeat(11) + "</a>".repeat(11);
        String repeated = "<Patient><name/><name/><name/><name/><name/><name/></Patient>";
        String notRepeatedInARow = "<Patient><name/><name/><name/><x/><name/><name/><name/></Patient>";

        assertThat(xml(deep)).get().extracting(Violation::kind).isEqualTo(Kind.TOO_DEEP);
        assertThat(xml(repeated)).get().satisfies(v -> assertThat(v.message()).contains("/Patient/name"));
        assertThat(xml(notRepeatedInARow)).isEmpty();
        assertThat(xml("<Bundle><entry/><entry/><entry/><entry/><entry/><entry/><entry/></Bundle>"))
                .isEmpty();
    }

    @Test
    void repetitionIsCountedPerParent() {
        String twoParents =
                "<Patient><name><given/><given/><given/></name><name><given/><given/><given/></name></Patient>";

        assertThat(xml(twoParents)).isEmpty();
    }

    @Test
    void otherContentTypes_areNotInspected() {
        assertThat(BodyShape.check("[[[[[[[[[[[[[[[[".getBytes(StandardCharsets.UTF_8), Format.OTHER, true, LIMITS))
                .isEmpty();
    }

    private static Optional<Violation> json(String body) {
        return BodyShape.check(body.getBytes(StandardCharsets.UTF_8), Format.JSON, true, LIMITS);
    }

    private static Optional<Violation> xml(String body) {
        return BodyShape.check(body.getBytes(StandardCharsets.UTF_8), Format.XML, true, LIMITS);
    }
}
