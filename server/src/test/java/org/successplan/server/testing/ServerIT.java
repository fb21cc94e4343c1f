package org.successplan.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test against the whole server over real HTTP on a random port. Every class with this
 * annotation shares one Spring context (one HAPI start-up per test JVM); the database is chosen by
 * the failsafe execution (H2 in memory, or PostgreSQL).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface ServerIT {}
