package org.openhall.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's webapps who is signed in: the OpenHall account of the console session, when it
 * holds ADMIN, as a member of Camunda's {@code camunda-admin} group; nobody otherwise. Camunda
 * creates it by its class name, so it reads Spring Security's context rather than beans.
 */
public class CockpitAuthentication implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn == null || !signedIn.isAuthenticated() || signedIn.getAuthorities().stream()
        .noneMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()))) {
      return AuthenticationResult.unsuccessful();
    }
    AuthenticationResult result = AuthenticationResult.successful(signedIn.getName());
    result.setGroups(List.of(Groups.CAMUNDA_ADMIN));
    result.setTenants(List.of());
    return result;
  }

  /** The challenge is OpenHall's sign-in page, which Spring Security sends before Camunda is reached. */
  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
  }
}
