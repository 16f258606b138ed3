package dev.tenet.web.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * The API's defence against cross-site request forgery. The API keeps no session, but a browser
 * replays cached HTTP Basic credentials on any request to the site, including a form another site
 * posts. Browsers mark such requests with {@code Sec-Fetch-Site}; a state-changing one from
 * another site is refused. Clients that are not browsers send no such header.
 */
final class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final Set<String> OTHER_SITES = Set.of("cross-site", "same-site");

    private final SecurityProblems problems;

    CrossSiteRequestFilter(SecurityProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        if (!SAFE_METHODS.contains(request.getMethod()) && site != null && OTHER_SITES.contains(site)) {
            problems.refuseCrossSite(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
