package org.successplan.server.security;

import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseCoding;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The server-maintained record of which organizations wrote a resource: one {@code meta.tag} per
 * organization, system {@link #SYSTEM}, code = the organization reference ({@code Organization/123}).
 * The server strips any such tag a client sends and adds the acting organization on every create and
 * update, keeping those of earlier versions; clients cannot forge or remove it. The consent rules use it
 * for "an organization that authored a resource can always read it".
 */
public final class AuthorTag {

    /** Code system of the author tags. */
    public static final String SYSTEM = "http://successplan.org/fhir/CodeSystem/ssp-author";

    private AuthorTag() {}

    /** The organizations ({@code Organization/123}) recorded as authors of a stored resource. */
    public static List<String> organizationsOf(IBaseResource resource) {
        return resource.getMeta().getTag().stream()
                .filter(tag -> SYSTEM.equals(tag.getSystem()) && tag.getCode() != null)
                .map(IBaseCoding::getCode)
                .distinct()
                .toList();
    }

    /** Whether {@code organization} ({@code Organization/123}) is recorded as an author of the resource. */
    public static boolean isAuthor(IBaseResource resource, String organization) {
        return organizationsOf(resource).contains(organization);
    }
}
