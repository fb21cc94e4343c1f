package org.successplan.server.fhir;

/**
 * Marks a Spring bean as a HAPI interceptor for the JPA storage layer ({@code STORAGE_*} and JPA
 * pointcuts): the registrar puts it on HAPI's JPA {@code IInterceptorService}, so it also fires for
 * writes that do not come through REST (package installation, transactions' inner operations).
 */
public interface StorageInterceptor {}
