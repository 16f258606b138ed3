package dev.tenet.web.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Two filter chains: the API ({@code /api/**}) is stateless, takes HTTP Basic
 * or a personal API token and answers with Problem Details; everything else is the UI, with the
 * login form, a session and CSRF tokens. Only the login page, static assets, health and the error
 * page are open; feature modules may open more with a {@link PublicPaths} bean, and accept other
 * API credentials (a webhook's signature) with an {@link ApiCredentials} bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String API = "/api/**";
    static final String LOGIN = "/login";
    static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**"};
    static final String[] PUBLIC = {LOGIN, "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/error"};
    static final String[] ADMIN_ONLY = {"/api/v1/users/**"};
    // Only the site's own files: no inline scripts or styles, no framing. Bootstrap's CSS draws
    // some icons from data: URLs.
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    // Swagger UI's bundle sets inline styles: allowed on its own pages only.
    static final String SWAGGER_UI = "/swagger-ui/**";
    static final String SWAGGER_POLICY = PAGE_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder(); // BCrypt, with the {bcrypt} prefix
    }

    @Bean
    AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
                                                DemoAccounts demo, PersonalTokens tokens,
                                                ObjectProvider<AuthenticationEventPublisher> events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setCompromisedPasswordChecker(demo);
        ProviderManager manager = new ProviderManager(passwords, new ApiTokenAuthenticationProvider(tokens, users));
        events.ifAvailable(manager::setAuthenticationEventPublisher);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager manager,
                                    ObjectProvider<PublicPaths> publicPaths,
                                    ObjectProvider<ApiCredentials> otherCredentials) throws Exception {
        SecurityProblems problems = new SecurityProblems();
        http.securityMatcher(API)
                .authenticationManager(manager)
                .authorizeHttpRequests(requests -> {
                    permitAll(requests, patterns(publicPaths));
                    requests.requestMatchers(ADMIN_ONLY).hasRole(Roles.ADMIN).anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.realmName(SecurityProblems.REALM).authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(manager, problems), BasicAuthenticationFilter.class)
                // no cookie authenticates an API request; cached Basic credentials are kept from
                // other sites by the Sec-Fetch-Site check instead of CSRF tokens
                .csrf(AbstractHttpConfigurer::disable)
                .addFilterAt(new CrossSiteRequestFilter(problems), CsrfFilter.class)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .headers(headers -> securityHeaders(headers, API_POLICY, API_POLICY));
        otherCredentials.orderedStream().forEach(credentials ->
                http.addFilterBefore(authenticationFilter(credentials, problems), BearerTokenFilter.class));
        return http.build();
    }

    /**
     * The OpenAPI description: read by Swagger UI in a signed-in browser (the session) and by API
     * clients (HTTP Basic or a personal token, as the API). Only GETs, so no CSRF token is needed;
     * a request that brings credentials and fails gets 401, a browser without any goes to sign in.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocsSecurity(HttpSecurity http, AuthenticationManager manager) throws Exception {
        SecurityProblems problems = new SecurityProblems();
        AuthenticationEntryPoint entryPoint = DelegatingAuthenticationEntryPoint.builder()
                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN))
                .addEntryPointFor(problems, new RequestHeaderRequestMatcher("Authorization"))
                .build();
        http.securityMatcher(API_DOCS)
                .authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(SecurityProblems.REALM).authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokenFilter(manager, problems), BasicAuthenticationFilter.class)
                .requestCache(AbstractHttpConfigurer::disable)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(problems))
                .headers(headers -> securityHeaders(headers, API_POLICY, API_POLICY));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager manager,
                                     ObjectProvider<PublicPaths> publicPaths) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(requests -> {
                    permitAll(requests, PUBLIC);
                    permitAll(requests, patterns(publicPaths));
                    requests.anyRequest().authenticated();
                })
                .formLogin(form -> form.loginPage(LOGIN))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(LOGIN + "?logout"))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(pageEntryPoint()))
                .headers(headers -> securityHeaders(headers, PAGE_POLICY, SWAGGER_POLICY));
        return http.build();
    }

    /** Checks a feature module's credential on the requests it names; a refusal is a 401 problem. */
    private static AuthenticationFilter authenticationFilter(ApiCredentials credentials, SecurityProblems problems) {
        AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(credentials.provider()),
                credentials.converter());
        filter.setRequestMatcher(credentials.requests());
        filter.setSuccessHandler((request, response, authentication) -> {
            // authenticated: the request goes on to its endpoint
        });
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(problems));
        filter.setSecurityContextRepository(new RequestAttributeSecurityContextRepository());
        return filter;
    }

    /** Browsers go to the login page (which then returns them); htmx requests are told to go there. */
    private static AuthenticationEntryPoint pageEntryPoint() {
        AuthenticationEntryPoint htmx = (request, response, exception) -> {
            response.setHeader("HX-Redirect", request.getContextPath() + LOGIN);
            response.setStatus(401);
        };
        return DelegatingAuthenticationEntryPoint.builder()
                .defaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN))
                .addEntryPointFor(htmx, new RequestHeaderRequestMatcher("HX-Request", "true"))
                .build();
    }

    private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, String policy,
                                        String swaggerPolicy) {
        RequestMatcher swagger = PathPatternRequestMatcher.pathPattern(SWAGGER_UI);
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(swagger),
                        new ContentSecurityPolicyHeaderWriter(policy)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(swagger,
                        new ContentSecurityPolicyHeaderWriter(swaggerPolicy)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }

    private static void permitAll(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
            String... patterns) {
        if (patterns.length > 0) {
            requests.requestMatchers(patterns).permitAll();
        }
    }

    private static String[] patterns(ObjectProvider<PublicPaths> publicPaths) {
        return publicPaths.orderedStream().flatMap(paths -> paths.patterns().stream()).toArray(String[]::new);
    }
}
