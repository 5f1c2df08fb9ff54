package org.openhall.server;

import org.openhall.identity.AccountDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three security areas: the stateless JSON API ({@code /api/**}, HTTP Basic, no CSRF), the staff
 * console ({@code /console/**}, its own login page) and the citizen portal (everything else).
 * Pages use sessions and CSRF tokens; passwords are Argon2 hashes; five wrong passwords in a row
 * lock an account for fifteen minutes.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  private static final String[] STAFF = {"CLERK", "REVIEWER", "APPROVER", "SUPERVISOR", "ADMIN", "HEAD"};
  private static final String[] OVERSIGHT = {"SUPERVISOR", "ADMIN"};
  private static final String[] APPLICANTS = {"APPLICANT", "AGENT"};

  /** The portal's pages: scripts, styles and images only from OpenHall itself, never framed. */
  static final String PORTAL_POLICY =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
  /**
   * The console's pages: the portal's policy, plus frames from OpenHall itself (a PDF material shown
   * on the staff case page) and no foreign base or form target. No 'unsafe-inline', no 'unsafe-eval':
   * htmx is told not to inject its indicator styles (layout.html). Materials served inline keep the
   * stricter policies of {@code StaffCasePages}; see docs/adr/0021-console-csp-and-accessibility.md.
   */
  static final String CONSOLE_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
      + "script-src 'self'; frame-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
  }

  @Bean
  UserDetailsService userDetailsService(AccountDirectory accounts) {
    return username -> accounts.find(username).map(HallUser::new)
        .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ApiProblems problems, AccountDirectory accounts) throws Exception {
    http.securityMatcher("/api/**")
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
            .accessDeniedHandler(problems::forbidden))
        .authorizeHttpRequests(a -> a
            // the holder's wallet, before the public verification by code below
            .requestMatchers(HttpMethod.GET, "/api/v1/licences", "/api/v1/licences/*.pdf").hasAnyRole(APPLICANTS)
            .requestMatchers(HttpMethod.GET, "/api/v1/items", "/api/v1/items/**",
                "/api/v1/calendar/**", "/api/v1/licences/**", "/api/v1/documents/**").permitAll()
            // 网上注册: registering and a forgotten password need no login (docs/adr/0023)
            .requestMatchers(HttpMethod.POST, "/api/v1/accounts", "/api/v1/accounts/phone-codes",
                "/api/v1/accounts/password-reset").permitAll()
            // a payment gateway's callback: its HMAC signature, checked by the gateway port, is its credential
            .requestMatchers(HttpMethod.POST, "/api/v1/payments/callback").permitAll()
            .requestMatchers(HttpMethod.POST, "/api/v1/console/calendar/**").hasRole("ADMIN")
            .requestMatchers("/api/v1/console/alerts", "/api/v1/console/alerts/**").hasAnyRole(OVERSIGHT)
            .requestMatchers("/api/v1/console/supervision/**").hasAnyRole(OVERSIGHT)
            .requestMatchers("/api/v1/console/catalogue/**").hasRole("ADMIN")
            .requestMatchers("/api/v1/console/admin/**").hasRole("ADMIN")
            .requestMatchers("/api/v1/console/**").hasAnyRole(STAFF)
            .requestMatchers("/api/v1/**").hasAnyRole(APPLICANTS)
            .anyRequest().denyAll())
        .addFilterAfter(new PasswordChangeGate(accounts, problems), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain console(HttpSecurity http, ApiProblems problems, AccountDirectory accounts)
      throws Exception {
    http.securityMatcher("/console", "/console/**")
        .formLogin(form -> form.loginPage("/console/login").loginProcessingUrl("/console/login")
            .defaultSuccessUrl("/console", true).failureUrl("/console/login?error").permitAll())
        .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout"))
        // A response that brings its own policy (an opened material) keeps it: the writer only fills a gap.
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONSOLE_POLICY))
            .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
        .authorizeHttpRequests(a -> a
            .requestMatchers("/console/login", "/console/css/**").permitAll()
            .requestMatchers("/console/calendar", "/console/calendar/**").hasRole("ADMIN")
            .requestMatchers("/console/alerts", "/console/alerts/**").hasAnyRole(OVERSIGHT)
            .requestMatchers("/console/supervision", "/console/supervision/**").hasAnyRole(OVERSIGHT)
            .requestMatchers("/console/catalogue", "/console/catalogue/**").hasRole("ADMIN")
            .requestMatchers("/console/staff", "/console/staff/**").hasRole("ADMIN")
            .requestMatchers("/console/messages").hasRole("ADMIN")
            .anyRequest().hasAnyRole(STAFF))
        .addFilterAfter(new PasswordChangeGate(accounts, problems), AuthorizationFilter.class);
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain portal(HttpSecurity http) throws Exception {
    http.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/cases").failureUrl("/login?error").permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout"))
        .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(PORTAL_POLICY))
            .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
        .authorizeHttpRequests(a -> a
            .requestMatchers("/", "/items", "/items/**", "/verify", "/verify/**", "/login", "/error",
                "/register", "/password/forgot",
                "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico").permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
            .requestMatchers("/actuator/**").hasRole("ADMIN")
            .anyRequest().hasAnyRole(APPLICANTS))
        // an apply form over the upload limit fails the CSRF check (its token is in the unread body)
        .exceptionHandling(e -> e.accessDeniedHandler((request, response, denied) -> {
          var back = OversizeUploads.backTo(request);
          if (back.isPresent() && OversizeUploads.refused(request)) {
            response.sendRedirect(request.getContextPath() + back.get());
          } else {
            new org.springframework.security.web.access.AccessDeniedHandlerImpl().handle(request, response, denied);
          }
        }))
        .httpBasic(Customizer.withDefaults());
    return http.build();
  }

  /** Counts wrong passwords towards the lockout; a good one resets the count. */
  @Configuration(proxyBeanMethods = false)
  static class LoginAttempts {

    private final AccountDirectory accounts;

    LoginAttempts(AccountDirectory accounts) {
      this.accounts = accounts;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
      accounts.recordFailedLogin(String.valueOf(event.getAuthentication().getPrincipal()));
    }

    /** Resets the count only where there is one: no write on the hot path of every API call. */
    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
      if (event.getAuthentication().getPrincipal() instanceof HallUser user
          && user.member().hasFailedLogins()) {
        accounts.recordSuccessfulLogin(user.getUsername());
      }
    }
  }
}
