package org.openhall.server;

import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Camunda's Cockpit (and Admin, Tasklist) under {@code /camunda}, for OpenHall's ADMIN only and
 * entered through the console's own sign-in: no second password, no Camunda user. Spring Security
 * guards the whole path with the console session; Camunda's container-based authentication then
 * takes the signed-in admin from that session ({@link CockpitAuthentication}). Camunda keeps its
 * own CSRF filter and Content-Security-Policy there, which the portal's would break. See
 * docs/adr/0014-cockpit-behind-openhall-login.md.
 */
@Configuration(proxyBeanMethods = false)
class CockpitConfiguration {

  static final String PATH = "/camunda";

  /**
   * Ahead of the portal's catch-all chain. Camunda's first-user setup and its password login are
   * closed: the only way in is OpenHall's sign-in.
   */
  @Bean
  @Order(0)
  SecurityFilterChain cockpit(HttpSecurity http) throws Exception {
    // Whole paths: Camunda's REST servlets are not Spring MVC, so servlet-relative matching misses them.
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(paths.matcher(PATH + "/**"))
        // Camunda's CsrfPreventionFilter guards its own requests (X-XSRF-TOKEN).
        .csrf(csrf -> csrf.disable())
        // Camunda sets its own Content-Security-Policy and caching; not the portal's policy on top.
        .headers(h -> h.cacheControl(c -> c.disable()))
        .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/console/login")))
        .authorizeHttpRequests(a -> a
            .requestMatchers(paths.matcher(PATH + "/api/admin/setup/**"),
                paths.matcher(PATH + "/api/admin/auth/user/*/login/**")).denyAll()
            .anyRequest().hasRole("ADMIN"));
    return http.build();
  }

  /**
   * Camunda's identity tables stay empty and read-only: OpenHall's accounts are the only accounts.
   * Nobody can create a Camunda user with a password of its own (no first-user setup, no demo/demo),
   * and the webapps do not ask for one.
   */
  @Bean
  ProcessEnginePlugin readOnlyCamundaIdentity() {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(
            new GenericManagerFactory(DbReadOnlyIdentityServiceProvider.class));
      }
    };
  }

  /** After Spring Security (so the session's user is known), before Camunda's own filters. */
  @Bean
  @ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", matchIfMissing = true)
  FilterRegistrationBean<CockpitAuthenticationFilter> cockpitAuthentication() {
    FilterRegistrationBean<CockpitAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new CockpitAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", CockpitAuthentication.class.getName()));
    registration.addUrlPatterns(PATH + "/app/*", PATH + "/api/*");
    registration.setOrder(101);
    return registration;
  }
}
