package org.successplan.server.fhir;

/**
 * Marks a Spring bean as a HAPI interceptor for the REST layer ({@code SERVER_*} pointcuts): the
 * registrar puts it on the {@code RestfulServer}. Interceptors for {@code STORAGE_*}/JPA pointcuts
 * implement {@link StorageInterceptor} instead; never both, or each hook fires twice.
 */
public interface ServerInterceptor {}
