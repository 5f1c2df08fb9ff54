package org.openhall.document;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;

import org.openhall.licence.LicenceDocument;
import org.openhall.licence.LicenceRenderer;
import org.openhall.licence.LicenceSeal;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one sealed document costs: render (PDF/A-2b, bundled fonts parsed once per process) and sign
 * (PAdES, incremental update), one thread. JMH's score is wall time per document; each iteration
 * also prints the CPU time per document of the benchmark thread and of the whole JVM (JIT and GC
 * included), which is what the issue step costs the server. Fifteen warm-up iterations: on a busy
 * two-core machine the JIT is still compiling PDFBox after five, and the JVM's CPU says so. Sits in
 * {@code org.openhall.document} because the notice renderer is package-private there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SealedDocumentBenchmark {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n/documents", Locale.ROOT);

    private LicenceRenderer licences;
    private DocumentRenderer notices;
    private LicenceSeal seal;
    private LicenceDocument licence;
    private DocumentRenderer.Content decision;

    @Setup(Level.Trial)
    public void setUp() {
        licences = new LicenceRenderer();
        notices = new DocumentRenderer(licences);
        seal = LicenceSeal.demo("北京市海淀区市场监督管理局", "北京市", Clock.systemUTC());
        licence = new LicenceDocument("JY11108052026001234", "7K3M-9QX2",
                "北京市海淀区张𠀀记餐饮有限公司", "91110108MA01W8XQ3X", "食品经营许可（新办）", "食品经营许可证",
                List.of("经营项目：预包装食品销售（含冷藏冷冻食品）、散装食品销售（不含冷藏冷冻食品）、热食类食品制售、"
                                + "冷食类食品制售、自制饮品制售（不含自酿酒）。",
                        "主体业态：餐饮服务经营者（中型餐馆）",
                        "经营场所：北京市海淀区中关村大街27号1层101室（Zhongguancun Street No. 27, Room 101, Haidian District, Beijing）"),
                "北京市海淀区市场监督管理局", LocalDate.of(2026, 11, 24), LocalDate.of(2031, 11, 23),
                "https://openhall.example.gov.cn/verify/7K3M9QX2ABCD");
        String caseNumber = "2026120200001";
        decision = new DocumentRenderer.Content(text("document.kind.DENIAL_DECISION"),
                text("document.reference", caseNumber), text("document.addressee", "北京市海淀区张𠀀记餐饮有限公司"),
                List.of(text("document.DENIAL_DECISION.body", "2026年11月20日", "食品经营许可（新办）", caseNumber),
                        text("document.reasons", "经营场所与申请材料所述不符。"), text("document.appeal"),
                        text("document.closing")),
                "北京市海淀区市场监督管理局", LocalDate.of(2026, 12, 2), "ABCDEF123456",
                "https://openhall.example.gov.cn/verify/ABCDEF123456");
        System.out.printf("%nsigned licence: %.1f KB, signed denial decision: %.1f KB%n",
                signedLicence(new CpuMeter()).length / 1024.0, signedDecision(new CpuMeter()).length / 1024.0);
    }

    private static String text(String key, Object... arguments) {
        return MessageFormat.format(TEXTS.getString(key), arguments);
    }

    /** A licence with an Extension B character in the holder's name (both bundled fonts), rendered and sealed. */
    @Benchmark
    public byte[] signedLicence(CpuMeter cpu) {
        cpu.operations++;
        return seal.sign(licences.render(licence));
    }

    /** A denial decision (不予行政许可决定书), rendered and sealed. */
    @Benchmark
    public byte[] signedDecision(CpuMeter cpu) {
        cpu.operations++;
        return seal.sign(notices.render(decision));
    }

    /** The licence rendered but not sealed: the difference to {@link #signedLicence} is the seal's share. */
    @Benchmark
    public byte[] unsignedLicence(CpuMeter cpu) {
        cpu.operations++;
        return licences.render(licence);
    }

    /** CPU time per operation over one iteration, of the benchmark thread and of the whole JVM. */
    @State(Scope.Thread)
    public static class CpuMeter {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private static final com.sun.management.OperatingSystemMXBean PROCESS =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        long operations;
        private long threadStart;
        private long processStart;

        @Setup(Level.Iteration)
        public void start() {
            operations = 0;
            threadStart = THREADS.getCurrentThreadCpuTime();
            processStart = PROCESS.getProcessCpuTime();
        }

        @TearDown(Level.Iteration)
        public void report() {
            if (operations == 0) {
                return;
            }
            double thread = (THREADS.getCurrentThreadCpuTime() - threadStart) / 1e6 / operations;
            double process = (PROCESS.getProcessCpuTime() - processStart) / 1e6 / operations;
            System.out.printf("  [cpu: %.2f ms/op benchmark thread, %.2f ms/op whole JVM, %d ops]%n",
                    thread, process, operations);
        }
    }
}
