package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.time.Clock;
import java.util.Map;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.catalogue.ItemVersions;
import org.openhall.identity.AccountDirectory;
import org.openhall.material.MaterialVault;
import org.openhall.organisation.DepartmentDirectory;
import org.openhall.server.SchemaFailureAnalyzerAccess;
import org.openhall.licence.LicenceSeal;
import org.openhall.licence.SealNotConfigured;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's run command on a fresh machine: the default configuration (H2 file database under
 * the data folder, demo profile). Data survives a restart, demo data is loaded once, demo accounts
 * are disabled as soon as the demo profile is off, and a schema that does not match the shipped
 * migrations stops the server with a clear explanation, as does a production seal keystore without a
 * key for every department.
 */
class EmbeddedDatabaseRestartTest {

  /**
   * Camunda keeps its engines in a static registry by name and its webapps' runtime in static fields:
   * an application started and closed here under the default name, with the webapps on, would leave
   * the test context other tests share (Cockpit) with an unregistered engine and a closed webapp runtime.
   */
  private static final String OWN_ENGINE_NAME = "--camunda.bpm.process-engine-name=restart-test";
  private static final String NO_WEBAPPS = "--camunda.bpm.webapp.enabled=false";


  @TempDir
  Path dataDir;

  /** The departments known to the database, for a production keystore with one seal per department. */
  private Map<String, String> departments = Map.of();

  @Test
  void dataSurvivesARestartAndDemoAccountsExistOnlyInTheDemoProfile() {
    String materialId;
    long items;
    try (ConfigurableApplicationContext first = start("demo")) {
      departments = first.getBean(DepartmentDirectory.class).names();
      items = first.getBean(ItemVersions.class).count();
      assertThat(items).isGreaterThanOrEqualTo(30);
      var citizen = first.getBean(AccountDirectory.class).find("demo-citizen").orElseThrow();
      materialId = first.getBean(MaterialVault.class).store(citizen.id(), "a.png", png()).id();
    }
    try (ConfigurableApplicationContext second = start("demo")) {
      assertThat(second.getBean(ItemVersions.class).count()).as("demo data loaded once").isEqualTo(items);
      var citizen = second.getBean(AccountDirectory.class).find("demo-citizen").orElseThrow();
      assertThat(second.getBean(MaterialVault.class).ownedBy(citizen.id(), materialId).fileName()).isEqualTo("a.png");
    }
    try (ConfigurableApplicationContext production = start("default")) {
      assertThat(production.getBean(AccountDirectory.class).find("demo-citizen").orElseThrow().enabled())
          .as("demo accounts are disabled outside the demo profile").isFalse();
    }
  }

  @Test
  void refusesToStartOnASchemaTheMigrationsDoNotMatch() {
    try (ConfigurableApplicationContext first = start("default")) {
      first.getBean(JdbcTemplate.class).update(
          "update \"flyway_schema_history\" set \"checksum\" = 42 where \"version\" = '2'");
    }
    assertThatThrownBy(() -> start("default"))
        .hasRootCauseInstanceOf(FlywayValidateException.class)
        .satisfies(e -> assertThat(SchemaFailureAnalyzerAccess.describe(e))
            .contains("refuses to start").contains("does not match the migrations"));
  }

  @Test
  void refusesToStartOutsideTheDemoWithoutASealKeystoreAndAPublicAddress() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(OpenHallApplication.class)
        .run("--spring.profiles.active=default", "--openhall.data-dir=" + dataDir, "--server.port=0",
            "--logging.level.root=warn", OWN_ENGINE_NAME, NO_WEBAPPS))
        .hasRootCauseInstanceOf(SealNotConfigured.class)
        .satisfies(e -> assertThat(SchemaFailureAnalyzerAccess.describeSeal(e))
            .contains("refuses to start").contains("OPENHALL_LICENCE_KEYSTORE").contains("OPENHALL_PUBLIC_URL"));
  }

  @Test
  void refusesToStartOutsideTheDemoWhenTheKeystoreLacksADepartmentsSeal() {
    try (ConfigurableApplicationContext demo = start("demo")) {
      departments = demo.getBean(DepartmentDirectory.class).names();
    }
    assertThat(departments).containsEntry("GA", "公安局");
    Map<String, String> withoutPolice = new java.util.TreeMap<>(departments);
    withoutPolice.remove("GA");
    Path keystore = keystore("without-police.p12", withoutPolice);

    assertThatThrownBy(() -> new SpringApplicationBuilder(OpenHallApplication.class)
        .run("--spring.profiles.active=default", "--openhall.data-dir=" + dataDir, "--server.port=0",
            "--logging.level.root=warn", OWN_ENGINE_NAME, NO_WEBAPPS, "--openhall.licence.keystore=" + keystore,
            "--openhall.licence.keystore-password=test-seal", "--openhall.public-base-url=https://zwfw.example.gov.cn"))
        .hasRootCauseInstanceOf(SealNotConfigured.class)
        .satisfies(e -> assertThat(SchemaFailureAnalyzerAccess.describeSeal(e))
            .contains("refuses to start", "has no key for these departments: GA 公安局.", "alias the department code")
            .doesNotContain("SCJG"));
  }

  private ConfigurableApplicationContext start(String profile) {
    // command-line arguments outrank the test profiles that surefire sets as system properties
    if ("demo".equals(profile)) {
      return new SpringApplicationBuilder(OpenHallApplication.class)
          .run("--spring.profiles.active=" + profile, "--openhall.data-dir=" + dataDir,
              "--server.port=0", "--logging.level.root=warn", OWN_ENGINE_NAME, NO_WEBAPPS);
    }
    // Outside the demo a real seal and the public address are required.
    Path keystore = keystore("production-seal.p12", departments);
    return new SpringApplicationBuilder(OpenHallApplication.class)
        .run("--spring.profiles.active=" + profile, "--openhall.data-dir=" + dataDir,
            "--server.port=0", "--logging.level.root=warn", OWN_ENGINE_NAME, NO_WEBAPPS, "--openhall.licence.keystore=" + keystore,
            "--openhall.licence.keystore-password=test-seal", "--openhall.public-base-url=https://zwfw.example.gov.cn");
  }

  /** A production keystore with a self-signed seal per department, alias = department code. */
  private Path keystore(String name, Map<String, String> departments) {
    char[] password = "test-seal".toCharArray();
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      departments.forEach((code, department) -> {
        try {
          store.setEntry(code.toLowerCase(java.util.Locale.ROOT),
              LicenceSeal.selfSigned(department, "OpenHall 行政审批服务中心", Clock.systemUTC()),
              new KeyStore.PasswordProtection(password));
        } catch (KeyStoreException e) {
          throw new IllegalStateException(e);
        }
      });
      Path file = dataDir.resolve(name);
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, password);
      }
      return file;
    } catch (Exception e) {
      throw new IllegalStateException("cannot write the test keystore", e);
    }
  }

  private static byte[] png() {
    return java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  }
}
