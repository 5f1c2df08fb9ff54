package org.openhall.licence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Writes a signed sample licence to {@code sample.pdf} (first argument: directory) and prints rough timings. */
final class LicenceSampleWriter {

    private LicenceSampleWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : ".");
        long t0 = System.nanoTime();
        LicenceRenderer renderer = new LicenceRenderer();
        long t1 = System.nanoTime();
        LicenceSeal seal = LicenceSeal.demo("北京市海淀区市场监督管理局", "北京市", Clock.systemDefaultZone());
        long t2 = System.nanoTime();
        LicenceDocument licence = Samples.foodLicence(Samples.HOLDER);
        LicenceDocument plain = Samples.foodLicence(Samples.PLAIN_HOLDER);
        byte[] first = renderer.render(licence);
        long t3 = System.nanoTime();
        int rounds = 20;
        byte[] pdf = first;
        for (int i = 0; i < rounds; i++) {
            renderer.render(plain);
        }
        long t4 = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            pdf = renderer.render(licence);
        }
        long t5 = System.nanoTime();
        byte[] signed = null;
        for (int i = 0; i < rounds; i++) {
            signed = seal.sign(pdf);
        }
        long t6 = System.nanoTime();
        LicenceVerification.Result result = null;
        for (int i = 0; i < rounds; i++) {
            result = new LicenceVerification().verify(signed);
        }
        long t7 = System.nanoTime();
        Files.write(directory.resolve("sample.pdf"), signed);
        System.out.printf("renderer constructor (read fonts, coverage): %d ms%n", (t1 - t0) / 1_000_000);
        System.out.printf("demo seal (RSA-2048 keygen + cert):          %d ms%n", (t2 - t1) / 1_000_000);
        System.out.printf("first render (cold JVM):                     %d ms%n", (t3 - t2) / 1_000_000);
        System.out.printf("render, plain name (avg of %d):              %.1f ms%n", rounds, (t4 - t3) / 1e6 / rounds);
        System.out.printf("render, name with Ext-B (avg of %d):         %.1f ms%n", rounds, (t5 - t4) / 1e6 / rounds);
        System.out.printf("sign (avg of %d):                            %.1f ms%n", rounds, (t6 - t5) / 1e6 / rounds);
        System.out.printf("verify (avg of %d):                          %.1f ms%n", rounds, (t7 - t6) / 1e6 / rounds);
        System.out.printf("sizes: unsigned %d B, signed %d B; verify: %s%n", pdf.length, signed.length, result);
    }
}
