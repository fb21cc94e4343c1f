/**
 * Demo mode (off by default): seeded organizations and clients with key files in the data directory,
 * and {@link org.successplan.server.security.demo.DemoClient}, a minimal client that gets a token the
 * SMART Backend Services way ({@code java -jar ssp-server.jar token FILE}).
 */
package org.successplan.server.security.demo;
