package org.openhall.catalogue;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.openhall.filestore.FileStore;
import org.openhall.organisation.Departments;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.test.context.ContextConfiguration;

/**
 * A catalogue test against a fresh H2 database migrated by Flyway, with the catalogue's services,
 * a fixed clock (2025-03-03, a Monday) and an engine that has only "PromisedApproval" deployed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJpaTest(properties = {"spring.flyway.locations=classpath:db/migration/h2",
    "openhall.data-dir=target/test-data"})
@ContextConfiguration(classes = CatalogueDataTest.Context.class)
@interface CatalogueDataTest {

  /** The services under test and the few things they need from outside the catalogue. */
  @Configuration(proxyBeanMethods = false)
  @EntityScan(basePackages = {"org.openhall.catalogue", "org.openhall.organisation"})
  @EnableJpaRepositories(basePackageClasses = {ItemVersions.class, Departments.class})
  @Import({Catalogue.class, CatalogueAdministration.class, CatalogueExchange.class,
      GuideFiles.class, FileStore.class})
  class Context {

    static final Instant NOW = Instant.parse("2025-03-03T02:00:00Z");

    @Bean
    Clock clock() {
      return Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    }

    @Bean
    DeployedProcesses deployedProcesses() {
      return Set.of("PromisedApproval")::contains;
    }
  }
}
