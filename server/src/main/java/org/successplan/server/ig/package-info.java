/**
 * The data standard on the server: installs the FHIR packages found on the classpath (our
 * {@code org.successplan.fhir} package, and any derived package an operator adds) at start-up, so their
 * profiles, terminology and search parameters are served and active; declares default profiles,
 * validates every write of a profiled resource type against them ({@code 422} on failure), and keeps
 * the installed conformance resources read-only.
 */
package org.successplan.server.ig;
