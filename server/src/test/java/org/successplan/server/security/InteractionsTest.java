package org.successplan.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.successplan.server.security.Interaction.Kind;

/** Transaction and batch entries are classified like the requests they stand for. */
class InteractionsTest {

    @ParameterizedTest(name = "{0} {1} -> {3} {4}")
    @CsvSource({
        "GET,    Patient/1,                       false, READ,             Patient,  false",
        "GET,    Patient/1/_history/2,            false, VREAD,            Patient,  false",
        "GET,    Patient/1/_history,              false, HISTORY_INSTANCE, Patient,  false",
        "GET,    Patient/_history,                false, HISTORY_TYPE,     Patient,  false",
        "GET,    _history,                        false, HISTORY_SYSTEM,   ,         false",
        "GET,    Patient?identifier=a|b,          false, SEARCH_TYPE,      Patient,  false",
        "GET,    ?_type=Patient,                  false, SEARCH_SYSTEM,    ,         false",
        "GET,    metadata,                        false, METADATA,         ,         false",
        "POST,   Patient,                         false, CREATE,           Patient,  false",
        "POST,   Patient,                         true,  CREATE,           Patient,  true",
        "POST,   Patient/_search,                 false, SEARCH_TYPE,      Patient,  false",
        "PUT,    Patient/1,                       false, UPDATE,           Patient,  false",
        "PUT,    Patient?identifier=a|b,          false, UPDATE,           Patient,  true",
        "PATCH,  Task/7,                          false, PATCH,            Task,     false",
        "DELETE, Task/7,                          false, DELETE,           Task,     false",
        "DELETE, Task?identifier=x,               false, DELETE,           Task,     true",
        "POST,   Patient/$validate,               false, VALIDATE,         Patient,  false",
        "GET,    Patient/1/$everything,           false, OPERATION,        Patient,  false",
        "POST,   $mark-all-resources-for-reindexing, false, OPERATION,     ,         false",
        "POST,   Patient/1/$meta-add,             false, META_WRITE,       Patient,  false",
        "GET,    Patient/1/2/3/4,                 false, UNKNOWN,          Patient,  false",
        "HEAD,   Patient/1,                       false, UNKNOWN,          Patient,  false",
    })
    void entry(String method, String url, boolean ifNoneExist, Kind kind, String type, boolean conditional) {
        Interaction interaction = Interactions.ofEntry(method, url, ifNoneExist);

        assertThat(interaction.kind()).isEqualTo(kind);
        assertThat(interaction.resourceType()).isEqualTo(type);
        assertThat(interaction.conditional()).isEqualTo(conditional);
    }

    @ParameterizedTest
    @CsvSource({
        "Patient?_revinclude=Task:patient,_revinclude,Task:patient",
        "Patient?_has:Task:patient:status=x,_has:Task:patient:status,x"
    })
    void entry_keepsSearchParameters(String url, String name, String value) {
        assertThat(Interactions.ofEntry("GET", url, false).parameters()).containsEntry(name, java.util.List.of(value));
    }
}
