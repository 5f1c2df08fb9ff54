package org.openhall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.catalogue.ItemVersions;
import org.openhall.identity.AccountDirectory;
import org.openhall.material.MaterialVault;
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
 * migrations stops the server with a clear explanation.
 */
class EmbeddedDatabaseRestartTest {

  @TempDir
  Path dataDir;

  @Test
  void dataSurvivesARestartAndDemoAccountsExistOnlyInTheDemoProfile() {
    String materialId;
    long items;
    try (ConfigurableApplicationContext first = start("demo")) {
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
            "--logging.level.root=warn"))
        .hasRootCauseInstanceOf(SealNotConfigured.class)
        .satisfies(e -> assertThat(SchemaFailureAnalyzerAccess.describeSeal(e))
            .contains("refuses to start").contains("OPENHALL_LICENCE_KEYSTORE").contains("OPENHALL_PUBLIC_URL"));
  }

  private ConfigurableApplicationContext start(String profile) {
    // command-line arguments outrank the test profiles that surefire sets as system properties
    if ("demo".equals(profile)) {
      return new SpringApplicationBuilder(OpenHallApplication.class)
          .run("--spring.profiles.active=" + profile, "--openhall.data-dir=" + dataDir,
              "--server.port=0", "--logging.level.root=warn");
    }
    // Outside the demo a real seal and the public address are required.
    Path keystore = dataDir.resolve("production-seal.p12");
    if (!java.nio.file.Files.exists(keystore)) {
      LicenceSeal.writeDemoKeyStore(keystore, "test-seal".toCharArray(), java.time.Clock.systemUTC());
    }
    return new SpringApplicationBuilder(OpenHallApplication.class)
        .run("--spring.profiles.active=" + profile, "--openhall.data-dir=" + dataDir,
            "--server.port=0", "--logging.level.root=warn", "--openhall.licence.keystore=" + keystore,
            "--openhall.licence.keystore-password=test-seal", "--openhall.public-base-url=https://zwfw.example.gov.cn");
  }

  private static byte[] png() {
    return java.util.Base64.getDecoder().decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
  }
}
