/**
 * The FHIR endpoint: HAPI's {@code RestfulServer} at {@code /fhir}, its JPA resource providers,
 * CapabilityStatement, paging and access log, and the registrar that attaches every feature's
 * interceptors to the right HAPI registry.
 */
package org.successplan.server.fhir;
