package org.openhall.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openhall.organisation.Department;
import org.openhall.organisation.DepartmentDirectory;
import org.openhall.organisation.Departments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each department signs with its own key, whose certificate names it; two nodes over one database sign
 * with the same key (demo: kept in {@code seal_key}); production takes the keystore entry aliased by the code.
 */
@DataJpaTest(properties = "spring.flyway.locations=classpath:db/migration/h2")
@ContextConfiguration(classes = DepartmentSealsTest.Context.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DepartmentSealsTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T02:30:00Z"), ZoneId.of("Asia/Shanghai"));
  private static final String CENTRE = "OpenHall 行政审批服务中心";
  private static final byte[] UNSIGNED = new LicenceRenderer().render(Samples.foodLicence(Samples.HOLDER));

  @Configuration(proxyBeanMethods = false)
  @EntityScan(basePackageClasses = Department.class)
  @EnableJpaRepositories(basePackageClasses = Departments.class)
  @Import(DepartmentDirectory.class)
  static class Context {
  }

  @Autowired
  Departments departments;
  @Autowired
  DepartmentDirectory directory;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactions;

  private final LicenceVerification verification = new LicenceVerification();

  @BeforeEach
  void twoDepartments() {
    departments.deleteAll();
    departments.saveAll(List.of(new Department("SCJG", "市场监督管理局"), new Department("GA", "公安局")));
  }

  /** A node of the demo: its own seals over the shared database. */
  private DepartmentSeals demoNode() {
    return new DepartmentSeals(new SealKeys(jdbc, transactions, CENTRE, CLOCK), directory, "市民服务中心", CLOCK);
  }

  @Test
  void eachDepartmentSignsWithItsOwnCertificateNamingTheDepartmentAndTheCentre() throws Exception {
    DepartmentSeals seals = demoNode();

    byte[] market = seals.sealOf("SCJG").sign(UNSIGNED);
    byte[] police = seals.sealOf("GA").sign(UNSIGNED);

    LicenceVerification.Result marketResult = verification.verify(market);
    LicenceVerification.Result policeResult = verification.verify(police);
    assertThat(marketResult.valid()).as(marketResult.problem()).isTrue();
    assertThat(policeResult.valid()).as(policeResult.problem()).isTrue();
    assertThat(marketResult.signerSubject()).contains("CN=市场监督管理局", "O=" + CENTRE);
    assertThat(policeResult.signerSubject()).contains("CN=公安局", "O=" + CENTRE);
    assertThat(seals.sealOf("SCJG").certificate().getPublicKey())
        .isNotEqualTo(seals.sealOf("GA").certificate().getPublicKey());
    assertThat(signatureName(market)).isEqualTo("市场监督管理局");
    assertThat(signatureName(police)).isEqualTo("公安局");
  }

  @Test
  void aSecondNodeOverTheSameDatabaseSignsWithTheSameKey() {
    LicenceSeal first = demoNode().sealOf("SCJG");
    LicenceSeal second = demoNode().sealOf("SCJG");

    assertThat(second.certificate()).isEqualTo(first.certificate());
    assertThat(second.certificate().getPublicKey()).isEqualTo(first.certificate().getPublicKey());
    assertThat(jdbc.queryForObject("select count(*) from seal_key where department_code = 'SCJG'", Integer.class))
        .isOne();
    assertThat(verification.verify(second.sign(UNSIGNED)).signerSubject())
        .isEqualTo(verification.verify(first.sign(UNSIGNED)).signerSubject());
  }

  @Test
  void aNodeThatLosesTheRaceToCreateAKeyTakesTheOneStoredFirst() {
    SealKeys one = new SealKeys(jdbc, transactions, CENTRE, CLOCK);
    SealKeys other = new SealKeys(jdbc, transactions, CENTRE, CLOCK);

    byte[] stored = one.create("RACE", "竞争局");
    byte[] lost = other.create("RACE", "竞争局");

    assertThat(lost).isEqualTo(stored);
    assertThat(other.entryOf("RACE", "竞争局").getCertificate())
        .isEqualTo(one.entryOf("RACE", "竞争局").getCertificate());
  }

  @Test
  void twoNodesSealingForTheFirstTimeAtOnceAgreeOnOneKey() throws Exception {
    departments.save(new Department("WJ", "卫生健康委员会"));
    CountDownLatch start = new CountDownLatch(1);
    Callable<LicenceSeal> node = () -> {
      DepartmentSeals seals = demoNode();
      start.await();
      return seals.sealOf("WJ");
    };
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<LicenceSeal> a = pool.submit(node);
      Future<LicenceSeal> b = pool.submit(node);
      start.countDown();
      assertThat(a.get().certificate()).isEqualTo(b.get().certificate());
    } finally {
      pool.shutdownNow();
    }
    assertThat(jdbc.queryForObject("select count(*) from seal_key where department_code = 'WJ'", Integer.class))
        .isOne();
  }

  @Test
  void theKeystoreGivesEachDepartmentTheEntryAliasedByItsCodeInAnyCase(@TempDir Path directory) {
    KeyStore.PrivateKeyEntry market = LicenceSeal.selfSigned("市场监督管理局", CENTRE, CLOCK);
    KeyStore.PrivateKeyEntry police = LicenceSeal.selfSigned("公安局", CENTRE, CLOCK);
    Path file = keystore(directory, Map.of("scjg", market, "GA", police));
    SealKeystore keys = SealKeystore.load(file, "secret".toCharArray());

    keys.requireKeysFor(this.directory.names());
    DepartmentSeals seals = new DepartmentSeals(keys, this.directory, "市民服务中心", CLOCK);

    assertThat(SealKeystore.commonName(market)).as("checked at start").isEqualTo("市场监督管理局");
    assertThat(seals.sealOf("SCJG").certificate()).isEqualTo(market.getCertificate());
    assertThat(seals.sealOf("GA").certificate()).isEqualTo(police.getCertificate());
    assertThat(signatureName(seals.sealOf("GA").sign(UNSIGNED))).isEqualTo("公安局");
  }

  @Test
  void aKeystoreWithoutAKeyForADepartmentRefusesNamingTheDepartment(@TempDir Path directory) {
    Path file = keystore(directory, Map.of("scjg", LicenceSeal.selfSigned("市场监督管理局", CENTRE, CLOCK)));
    SealKeystore keys = SealKeystore.load(file, "secret".toCharArray());

    assertThatThrownBy(() -> keys.requireKeysFor(this.directory.names()))
        .isInstanceOfSatisfying(SealNotConfigured.class, e -> assertThat(e.departmentsWithoutKey())
            .containsExactly("GA 公安局"))
        .hasMessageContaining("GA 公安局").hasMessageContaining(file.toString());
    assertThatThrownBy(() -> keys.entryOf("GA", "公安局")).hasMessageContaining("GA 公安局");
  }

  @Test
  void pdfsigFindsEachDepartmentsSignatureValidAndInvalidAfterOneByteChanged() throws Exception {
    assumeTrue(Pdfsig.installed(), "pdfsig (poppler-utils) is not installed");
    DepartmentSeals seals = demoNode();
    for (Map.Entry<String, String> department : Map.of("SCJG", "市场监督管理局", "GA", "公安局").entrySet()) {
      byte[] signed = seals.sealOf(department.getKey()).sign(UNSIGNED);

      assertThat(Pdfsig.report(signed)).contains("Signature is Valid.", "Signer Certificate Common Name: "
          + department.getValue(), "Total document signed");
      assertThat(Pdfsig.report(Pdfsig.withOneByteChanged(signed)))
          .doesNotContain("Signature is Valid.").contains("Digest Mismatch");
    }
  }

  private static String signatureName(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getLastSignatureDictionary().getName();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path keystore(Path directory, Map<String, KeyStore.PrivateKeyEntry> entries) {
    char[] password = "secret".toCharArray();
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      for (Map.Entry<String, KeyStore.PrivateKeyEntry> e : entries.entrySet()) {
        store.setEntry(e.getKey(), e.getValue(), new KeyStore.PasswordProtection(password));
      }
      Path file = directory.resolve("seals.p12");
      try (OutputStream out = Files.newOutputStream(file)) {
        store.store(out, password);
      }
      return file;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
