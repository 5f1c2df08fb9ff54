package org.openhall.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.openhall.identity.AccountDirectory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * After an administrator reset a password the person must choose their own before anything else:
 * the console sends them to its change-password page, the API answers 403
 * {@code PASSWORD_CHANGE_REQUIRED} except on the change-password call itself.
 */
class PasswordChangeGate extends OncePerRequestFilter {

  static final String CONSOLE_PAGE = "/console/password";
  static final String API_CALL = "/api/v1/console/password";

  private final AccountDirectory accounts;
  private final ApiProblems problems;

  PasswordChangeGate(AccountDirectory accounts, ApiProblems problems) {
    this.accounts = accounts;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof HallUser user && user.member().mustChangePassword()
        && stillRequired(auth, user)) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (path.startsWith("/api/")) {
        if (!path.equals(API_CALL)) {
          problems.passwordChangeRequired(request, response);
          return;
        }
      } else if (!path.equals(CONSOLE_PAGE) && !path.equals("/console/logout")
          && !path.startsWith("/console/css/")) {
        response.sendRedirect(request.getContextPath() + CONSOLE_PAGE);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * A session keeps the account as it was at sign-in: once the person has changed the password,
   * the session's copy is refreshed so the check is not asked again.
   */
  private boolean stillRequired(Authentication auth, HallUser user) {
    var fresh = accounts.find(user.getUsername());
    if (fresh.isPresent() && !fresh.get().mustChangePassword()) {
      HallUser updated = new HallUser(fresh.get());
      var token = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
      token.setDetails(auth.getDetails());
      SecurityContextHolder.getContext().setAuthentication(token);
      return false;
    }
    return true;
  }
}
