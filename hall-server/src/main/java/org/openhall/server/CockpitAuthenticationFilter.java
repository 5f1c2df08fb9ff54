package org.openhall.server;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Camunda's container-based sign-in, for accounts that live in OpenHall rather than in Camunda's
 * identity tables: Camunda's own version looks the user up there and lets nobody in when it is
 * not found, and OpenHall creates no Camunda users. The admin gets all of Camunda's webapps.
 */
class CockpitAuthenticationFilter extends ContainerBasedAuthenticationFilter {

  @Override
  protected UserAuthentication createAuthentication(ProcessEngine engine, String userId, List<String> groupIds,
      List<String> tenantIds) {
    UserAuthentication authentication = new UserAuthentication(userId, engine.getName());
    authentication.setGroupIds(groupIds);
    authentication.setTenantIds(tenantIds);
    Set<String> apps = new TreeSet<>(List.of(AuthenticationUtil.APPS));
    apps.add(AuthenticationUtil.APP_WELCOME);
    authentication.setAuthorizedApps(apps);
    return authentication;
  }
}
