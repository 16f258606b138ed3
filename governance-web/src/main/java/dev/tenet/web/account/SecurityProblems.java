package dev.tenet.web.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The API's answers when security says no, as RFC 9457 Problem Details: 401 with a
 * {@code WWW-Authenticate} challenge for each scheme the API takes (RFC 9110, RFC 6750), 403 for
 * a missing role or a cross-site request. A feature module's refused credential
 * ({@link CredentialsRefusedException}) says why in the detail.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "tenet";
    private static final String TYPES = "https://tenet.dev/problems/";
    private static final String BASIC = "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";
    private static final String BEARER = "Bearer realm=\"" + REALM + "\"";
    private static final String INVALID_BEARER = BEARER
            + ", error=\"invalid_token\", error_description=\"The token is invalid, expired or revoked\"";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC);
        String detail;
        if (exception instanceof InvalidTokenException) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, INVALID_BEARER);
            detail = ApiTokenAuthenticationProvider.INVALID;
        } else if (exception instanceof CredentialsRefusedException refused) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER);
            detail = refused.getMessage();
        } else if (exception instanceof InsufficientAuthenticationException) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER);
            detail = "Sign in: send HTTP Basic credentials, or a personal API token as"
                    + " 'Authorization: Bearer <token>'.";
        } else {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER);
            detail = "Wrong username or password, or the account may not sign in.";
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                "You may not do this: it needs a role you do not have.");
    }

    /** Refuses a state-changing request that a browser sent from another site. */
    void refuseCrossSite(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "cross-site-request", "Cross-site request refused",
                "A browser sent this request from another site: requests that change data are refused.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String type, String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPES + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonMapper.shared().writeValue(response.getOutputStream(), problem);
    }
}
