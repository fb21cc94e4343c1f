package org.successplan.server.security;

import ca.uhn.fhir.context.FhirContext;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.successplan.server.common.ErrorCode;
import org.successplan.server.common.OperationOutcomes;
import org.successplan.server.security.client.ClientRegistry;
import org.successplan.server.security.token.SigningKeys;
import org.successplan.server.security.token.TokenUrls;
import org.successplan.server.storage.StorageProperties;

/**
 * Authentication at the HTTP edge (Spring Security) and the HAPI interceptors that authorize FHIR
 * requests. Filter chains, first match wins:
 *
 * <ol>
 *   <li>{@code /auth/**}: the token endpoint and JWKS, open (clients authenticate with their assertion).
 *   <li>{@code /admin/**} and {@code /actuator/prometheus}: HTTP Basic with the operator credential.
 *   <li>{@code /fhir/**}: a bearer access token (ours, or the external issuer's), except {@code GET}
 *       of the CapabilityStatement, SMART discovery and conformance resources; {@code 401} with
 *       {@code WWW-Authenticate: Bearer} and an OperationOutcome otherwise.
 *   <li>{@code /actuator/**}: health and info open, the rest closed.
 *   <li>everything else: closed.
 * </ol>
 *
 * Matchers are {@link PathPatternRequestMatcher}s: Spring's String matchers do not match paths served
 * by the HAPI servlet ({@code /fhir/*}) and would leave the FHIR endpoint unprotected.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    private static final Set<JWSAlgorithm> OWN_TOKEN_ALGORITHMS =
            Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384);

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    // ---- HAPI interceptors -------------------------------------------------------------------

    @Bean
    IdentityInterceptor identityInterceptor() {
        return new IdentityInterceptor();
    }

    @Bean
    ScopeGate scopeGate(FhirContext fhirContext) {
        return new ScopeGate(fhirContext);
    }

    @Bean
    ScopeAuthorizationInterceptor scopeAuthorizationInterceptor() {
        return new ScopeAuthorizationInterceptor();
    }

    @Bean
    AuthorTagInterceptor authorTagInterceptor() {
        return new AuthorTagInterceptor();
    }

    @Bean
    CapabilityStatementSecurity capabilityStatementSecurity(TokenUrls urls) {
        return new CapabilityStatementSecurity(urls);
    }

    @Bean
    ServletRegistrationBean<SmartConfigurationServlet> smartConfigurationServlet(TokenUrls urls) {
        ServletRegistrationBean<SmartConfigurationServlet> registration =
                new ServletRegistrationBean<>(new SmartConfigurationServlet(urls), SmartConfigurationServlet.PATH);
        registration.setName("smartConfiguration");
        return registration;
    }

    // ---- token validation ----------------------------------------------------------------------

    /** Picks the decoder by the token's (unverified) issuer: the external issuer's, or ours. */
    @Bean
    AuthenticationManagerResolver<HttpServletRequest> tokenAuthenticationResolver(
            SigningKeys signingKeys, TokenUrls urls, ClientRegistry clients, SecurityProperties properties) {
        JwtAuthenticationProvider own = new JwtAuthenticationProvider(ownTokenDecoder(signingKeys, urls));
        own.setJwtAuthenticationConverter(TokenIdentityConverter.ownTokens(clients));
        AuthenticationManager ownManager = new ProviderManager(own);

        SecurityProperties.External external = properties.external();
        AuthenticationManager externalManager;
        if (external.enabled()) {
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(externalDecoder(external));
            provider.setJwtAuthenticationConverter(TokenIdentityConverter.externalTokens(external));
            externalManager = new ProviderManager(provider);
            log.info("Trusting access tokens of the external issuer {}", external.issuerUri());
        } else {
            externalManager = null;
        }
        return new JwtIssuerAuthenticationManagerResolver(issuer ->
                externalManager != null && external.issuerUri().equals(issuer) ? externalManager : ownManager);
    }

    static JwtDecoder ownTokenDecoder(SigningKeys signingKeys, TokenUrls urls) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(OWN_TOKEN_ALGORITHMS, signingKeys));
        processor.setJWTClaimsSetVerifier((claims, context) -> {}); // Spring's validators below check the claims
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(
                urls.issuerConfigured()
                        ? JwtValidators.createDefaultWithIssuer(urls.configuredIssuer())
                        : JwtValidators.createDefault());
        validators.add(new JwtClaimValidator<Object>("exp", Objects::nonNull));
        validators.add(new JwtClaimValidator<Object>("organization", Objects::nonNull));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    static JwtDecoder externalDecoder(SecurityProperties.External external) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(external.issuerUri()));
        if (!external.audience().isBlank()) {
            validators.add(new JwtClaimValidator<List<String>>(
                    "aud", aud -> aud != null && aud.contains(external.audience())));
        }
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(validators);
        if (!external.jwkSetUri().isBlank()) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(external.jwkSetUri())
                    .jwsAlgorithms(algs -> algs.addAll(List.of(
                            org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.RS256,
                            org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.RS384,
                            org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.ES256,
                            org.springframework.security.oauth2.jose.jws.SignatureAlgorithm.ES384)))
                    .build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        // Discovery happens on first use, so the server starts even while the issuer is unreachable.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = JwtDecoders.fromIssuerLocation(external.issuerUri());
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    // ---- filter chains -------------------------------------------------------------------------

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpointChain(HttpSecurity http) throws Exception {
        stateless(http)
                .securityMatcher(PATHS.matcher("/auth/**"))
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminChain(HttpSecurity http, SecurityProperties properties, StorageProperties storage)
            throws Exception {
        AuthenticationEntryPoint basic = (request, response, e) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ssp-admin\"");
            writeProblem(response, 401, "The admin API needs the operator credential (HTTP Basic)");
        };
        stateless(http)
                .securityMatcher(
                        new OrRequestMatcher(PATHS.matcher("/admin/**"), PATHS.matcher("/actuator/prometheus")))
                .authenticationManager(adminAuthentication(properties, storage))
                .httpBasic(b -> b.authenticationEntryPoint(basic))
                .exceptionHandling(e -> e.authenticationEntryPoint(basic))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("ADMIN"));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain fhirChain(
            HttpSecurity http,
            AuthenticationManagerResolver<HttpServletRequest> tokenAuthenticationResolver,
            FhirContext fhirContext)
            throws Exception {
        AuthenticationEntryPoint entryPoint = fhirEntryPoint(fhirContext);
        AccessDeniedHandler denied = fhirAccessDenied(fhirContext);
        List<RequestMatcher> open = new ArrayList<>();
        open.add(PATHS.matcher(HttpMethod.GET, "/fhir/metadata"));
        open.add(PATHS.matcher(HttpMethod.GET, SmartConfigurationServlet.PATH));
        for (String type : ScopePolicy.CONFORMANCE_TYPES) {
            open.add(PATHS.matcher(HttpMethod.GET, "/fhir/" + type));
            open.add(PATHS.matcher(HttpMethod.GET, "/fhir/" + type + "/**"));
        }
        stateless(http)
                .securityMatcher(PATHS.matcher("/fhir/**"))
                .authorizeHttpRequests(a -> a.requestMatchers(open.toArray(RequestMatcher[]::new))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(tokenAuthenticationResolver)
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        stateless(http)
                .securityMatcher(PATHS.matcher("/actuator/**"))
                .authorizeHttpRequests(a -> a.requestMatchers(
                                PATHS.matcher(HttpMethod.GET, "/actuator/health"),
                                PATHS.matcher(HttpMethod.GET, "/actuator/health/**"),
                                PATHS.matcher(HttpMethod.GET, "/actuator/info"))
                        .permitAll()
                        .anyRequest()
                        .denyAll());
        return http.build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain everythingElseChain(HttpSecurity http) throws Exception {
        stateless(http)
                .authorizeHttpRequests(a -> a.requestMatchers(PATHS.matcher("/error"))
                        .permitAll()
                        .anyRequest()
                        .denyAll());
        return http.build();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        // CORS is answered earlier, by the web package's CorsFilter (which runs before these chains).
        return http.cors(c -> c.disable())
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable());
    }

    // ---- errors --------------------------------------------------------------------------------

    /** 401 with {@code WWW-Authenticate: Bearer …} (from Spring) and an OperationOutcome. */
    static AuthenticationEntryPoint fhirEntryPoint(FhirContext fhirContext) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, e) -> {
            bearer.commence(request, response, e);
            OperationOutcomes.writeError(
                    fhirContext, response, ErrorCode.AUTHENTICATION_REQUIRED, authenticationMessage(e));
        };
    }

    private static String authenticationMessage(AuthenticationException e) {
        if (e instanceof InvalidBearerTokenException
                || e instanceof org.springframework.security.oauth2.core.OAuth2AuthenticationException) {
            return "The access token is invalid, expired or revoked: " + e.getMessage();
        }
        return "This request needs an access token (Authorization: Bearer ...)";
    }

    static AccessDeniedHandler fhirAccessDenied(FhirContext fhirContext) {
        BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
        return (request, response, e) -> {
            bearer.handle(request, response, e);
            OperationOutcomes.writeError(
                    fhirContext,
                    response,
                    ErrorCode.INSUFFICIENT_SCOPE,
                    "The access token does not allow this request");
        };
    }

    private static void writeProblem(HttpServletResponse response, int status, String detail) throws IOException {
        byte[] body = ("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"Unauthorized\",\"detail\":\""
                        + detail + "\",\"code\":\"" + ErrorCode.AUTHENTICATION_REQUIRED.code() + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    // ---- operator credential -------------------------------------------------------------------

    /**
     * HTTP Basic against {@code ssp.security.admin.*}. Without a configured password the admin API is
     * closed, except in demo mode, which generates one into {@code {data-dir}/demo/admin-password.txt}.
     */
    static AuthenticationManager adminAuthentication(SecurityProperties properties, StorageProperties storage) {
        String password = properties.admin().password();
        if (password.isBlank() && properties.demo().enabled()) {
            password = demoAdminPassword(Path.of(storage.dataDir(), "demo", "admin-password.txt"));
        }
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        BCryptPasswordEncoder encoder = new BCryptPasswordEncoder();
        if (password.isBlank()) {
            log.warn(
                    "No operator password (SSP_SECURITY_ADMIN_PASSWORD): the admin API and /actuator/prometheus are closed");
        } else {
            users.createUser(User.withUsername(properties.admin().username())
                    .password(encoder.encode(password))
                    .roles("ADMIN")
                    .build());
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    private static String demoAdminPassword(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            Files.createDirectories(file.getParent());
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            log.warn("Demo mode: generated the operator password into {}", file.toAbsolutePath());
            return password;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the demo operator password to " + file, e);
        }
    }
}
