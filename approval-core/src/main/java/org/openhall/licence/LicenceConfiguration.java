package org.openhall.licence;

import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.context.annotation.Configuration;

/** Wires the renderer (bundled fonts, parsed once) and the seal (the centre's signing key). */
@Configuration(proxyBeanMethods = false)
class LicenceConfiguration {

  private static final Logger log = LoggerFactory.getLogger(LicenceConfiguration.class);

  @Bean
  LicenceRenderer licenceRenderer() {
    return new LicenceRenderer();
  }

  /**
   * The seal: the PKCS#12 keystore named by {@code openhall.licence.keystore}; without one, a
   * self-signed "OpenHall Demo Seal" kept in the data folder, so licences keep verifying across
   * restarts. Production sets a real keystore.
   */
  @Bean
  LicenceSeal licenceSeal(@Value("${openhall.licence.keystore:}") String keystore,
      @Value("${openhall.licence.keystore-password:}") String password,
      @Value("${openhall.licence.signer-name:OpenHall 行政审批服务中心}") String signerName,
      @Value("${openhall.licence.location:市民服务中心}") String location,
      @Value("${openhall.data-dir}") Path dataDir,
      @Value("${openhall.public-base-url:}") String publicBaseUrl, Environment environment, Clock clock) {
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
      return LicenceSeal.fromPkcs12(Path.of(keystore), password.toCharArray(), signerName, location, clock);
    }
    Path demo = dataDir.resolve("seal").resolve("demo-seal.p12");
    log.warn("No openhall.licence.keystore set: licences are sealed with the self-signed demo seal {}", demo);
    return LicenceSeal.demo(demo, "openhall-demo".toCharArray(), signerName, location, clock);
  }
}
