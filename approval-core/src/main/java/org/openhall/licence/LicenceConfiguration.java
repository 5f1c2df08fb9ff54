package org.openhall.licence;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.openhall.organisation.DepartmentDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the renderer (bundled fonts, parsed once) and the departments' seals (their signing keys). */
@Configuration(proxyBeanMethods = false)
class LicenceConfiguration {

  private static final Logger log = LoggerFactory.getLogger(LicenceConfiguration.class);

  @Bean
  LicenceRenderer licenceRenderer() {
    return new LicenceRenderer();
  }

  /**
   * The departments' seals: from the PKCS#12 keystore named by {@code openhall.licence.keystore}, which
   * must hold a key for every department known at start (alias = department code). Without one, which
   * only the demo profile allows, a self-signed key per department created once and kept in the database.
   */
  @Bean
  DepartmentSeals departmentSeals(@Value("${openhall.licence.keystore:}") String keystore,
      @Value("${openhall.licence.keystore-password:}") String password,
      @Value("${openhall.licence.centre-name:OpenHall 行政审批服务中心}") String centre,
      @Value("${openhall.licence.location:市民服务中心}") String location,
      @Value("${openhall.public-base-url:}") String publicBaseUrl, Environment environment,
      DepartmentDirectory departments, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
    boolean demoProfile = environment.acceptsProfiles(Profiles.of("demo"));
    if (!demoProfile) {
      // Outside the demo, a self-signed seal or a localhost QR code would make every document unverifiable.
      List<String> missing = new ArrayList<>();
      if (keystore.isBlank()) {
        missing.add("openhall.licence.keystore (OPENHALL_LICENCE_KEYSTORE)");
      }
      if (publicBaseUrl.isBlank() || publicBaseUrl.contains("://localhost") || publicBaseUrl.contains("://127.")) {
        missing.add("openhall.public-base-url (OPENHALL_PUBLIC_URL), now '" + publicBaseUrl + "'");
      }
      if (!missing.isEmpty()) {
        throw new SealNotConfigured(missing);
      }
    }
    if (!keystore.isBlank()) {
      SealKeystore keys = SealKeystore.load(Path.of(keystore), password.toCharArray());
      keys.requireKeysFor(departments.names());
      return new DepartmentSeals(keys, departments, location, clock);
    }
    log.warn("No openhall.licence.keystore set: documents are sealed with self-signed demo keys, one per "
        + "department, kept in the database");
    return new DepartmentSeals(new SealKeys(jdbc, transactions, centre, clock), departments, location, clock);
  }
}
