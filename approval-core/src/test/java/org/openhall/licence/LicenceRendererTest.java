package org.openhall.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.openhall.catalogue.LicenceValidity;
import org.junit.jupiter.api.Test;

class LicenceRendererTest {

    private static LicenceRenderer renderer;

    @BeforeAll
    static void createRenderer() {
        renderer = new LicenceRenderer();
    }

    @Test
    void extractedTextContainsHolderItemNumberDepartmentAndChineseDates() throws IOException {
        String text = text(renderer.render(Samples.foodLicence(Samples.PLAIN_HOLDER)));

        assertThat(text).contains("食品经营许可证", Samples.PLAIN_HOLDER, "食品经营许可（新办）",
                "JY11108052026001234", "北京市海淀区市场监督管理局", Samples.CREDIT_CODE,
                "2026年11月24日", "2031年11月23日", "7K3M-9QX2", "主体业态：餐饮服务经营者（中型餐馆）");
    }

    @Test
    void printsTheFormByItsLabelsAndOptionLabelsNeverACodeAndTheHoldersCreditCodeInFullOnce() throws IOException {
        LicenceDocument sample = Samples.foodLicence(Samples.HOLDER);
        List<String> content = LicenceContent.lines(LicenceContentTest.FOOD_FORM,
                LicenceContentTest.foodApplication(Samples.HOLDER, Samples.CREDIT_CODE), Samples.HOLDER,
                Samples.CREDIT_CODE);
        LocalDate lastDay = LicenceValidity.years(5).lastDay(sample.issuedOn()).orElseThrow();
        LicenceDocument licence = new LicenceDocument(sample.licenceNumber(), sample.verificationCode(),
                sample.holderName(), Samples.CREDIT_CODE, sample.itemName(), sample.licenceTitle(), content,
                sample.issuingDepartment(), sample.issuedOn(), lastDay, sample.verifyUrl());

        String text = text(renderer.render(licence));

        assertThat(text).contains("经营项目：热食类食品制售", "是否含冷藏冷冻食品：是", "冷库面积（平方米）：120",
                "开业日期：2026年12月1日", "2026年11月24日 至 2031年11月23日", "张\uD840\uDC00记");
        assertThat(text).doesNotContain("HOT_FOOD", "true", "false", "WINDOW", "13812345678", "长期有效",
                "********");
        assertThat(occurrences(text, Samples.CREDIT_CODE)).isEqualTo(1);
        assertThat(occurrences(text, "许可事项")).isEqualTo(1);
    }

    @Test
    void longTermLicencePrintsChangQiInsteadOfAnEndDate() throws IOException {
        LicenceDocument sample = Samples.foodLicence(Samples.PLAIN_HOLDER);
        LicenceDocument longTerm = new LicenceDocument(sample.licenceNumber(), sample.verificationCode(),
                sample.holderName(), sample.holderId(), sample.itemName(), sample.licenceTitle(),
                sample.contentLines(), sample.issuingDepartment(), LocalDate.of(2026, 1, 5), null, sample.verifyUrl());

        String text = text(renderer.render(longTerm));

        assertThat(text).contains("2026年1月5日 起长期有效").doesNotContain("2031年");
    }

    @Test
    void chineseDateHasNoZeroPadding() {
        assertThat(LicenceRenderer.chineseDate(LocalDate.of(2026, 11, 24))).isEqualTo("2026年11月24日");
        assertThat(LicenceRenderer.chineseDate(LocalDate.of(2027, 1, 5))).isEqualTo("2027年1月5日");
    }

    @Test
    void fontsAreEmbeddedAsSmallSubsets() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(Samples.foodLicence(Samples.HOLDER)))) {
            List<PDFont> fonts = fonts(document.getPage(0));

            assertThat(fonts).hasSize(2);
            for (PDFont font : fonts) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+.+");
                PDStream file = ((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2();
                assertThat(file).as(font.getName()).isNotNull();
                assertThat(file.toByteArray().length).as(font.getName() + " bytes").isLessThan(200 * 1024);
            }
        }
    }

    @Test
    void plainNameDoesNotEmbedTheFallbackFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(renderer.render(Samples.foodLicence(Samples.PLAIN_HOLDER)))) {
            assertThat(fonts(document.getPage(0))).extracting(PDFont::getName)
                    .singleElement().asString().endsWith("+WenQuanYiMicroHei");
        }
    }

    @Test
    void nameWithExtensionBCharacterRendersInFallbackFontAndExtracts() throws IOException {
        byte[] pdf = renderer.render(Samples.foodLicence(Samples.HOLDER));

        assertThat(text(pdf)).contains("张\uD840\uDC00记").contains(Samples.HOLDER);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(fonts(document.getPage(0))).extracting(PDFont::getName)
                    .anyMatch(name -> name.endsWith("+HanaMinB"));
        }
    }

    @Test
    void tabAndOtherControlCharactersBecomeSpaces() throws IOException {
        LicenceDocument licence = Samples.foodLicence("张三\t李四\r\n王五\u0007赵六");

        String text = text(renderer.render(licence));

        assertThat(text).contains("张三 李四  王五 赵六");
    }

    @Test
    void characterNoFontCanDrawIsReplacedAndInvisibleMarksAreDropped() throws IOException {
        // U+0378 is unassigned; U+200B is a zero-width space; U+FE0F a variation selector
        LicenceDocument licence = Samples.foodLicence("甲\u0378乙\u200B丙\uFE0F丁");

        String text = text(renderer.render(licence));

        assertThat(text).contains("甲□乙丙丁");
    }

    @Test
    void longChineseTextWithoutSpacesWrapsInsideThePage() throws IOException {
        String longLine = "经营项目：" + "预包装食品销售散装食品销售热食类食品制售冷食类食品制售".repeat(12);
        LicenceDocument sample = Samples.foodLicence(Samples.PLAIN_HOLDER);
        LicenceDocument licence = new LicenceDocument(sample.licenceNumber(), sample.verificationCode(),
                sample.holderName(), sample.holderId(), sample.itemName(), sample.licenceTitle(),
                List.of(longLine), sample.issuingDepartment(), sample.issuedOn(), sample.validUntil(),
                sample.verifyUrl());
        byte[] pdf = renderer.render(licence);

        GlyphExtent extent = new GlyphExtent();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            extent.getText(document);
        }
        assertThat(extent.maxRight).isLessThanOrEqualTo(595.28f - 72 + 0.5f);
        assertThat(extent.lines).isGreaterThan(20);
        assertThat(text(pdf).replaceAll("\\R", "")).contains(longLine);
    }

    @Test
    void wrapKeepsClosingPunctuationOffTheStartOfALine() throws IOException {
        BundledFont primary = BundledFont.load(getClass().getClassLoader(), LicenceRenderer.PRIMARY_FONT,
                LicenceRenderer.PRIMARY_FACE, 1);
        try (PDDocument document = new PDDocument(); Typesetter type = new Typesetter(document, primary, null)) {
            // 10 characters fit on a line at 10 pt in 100 pt; the 11th is a full stop
            List<String> lines = type.wrap("一二三四五六七八九十。十一十二", 10, 100);

            assertThat(lines).hasSizeGreaterThan(1);
            assertThat(lines).allSatisfy(line -> assertThat(line).doesNotStartWith("。"));
            assertThat(String.join("", lines)).isEqualTo("一二三四五六七八九十。十一十二");
            for (String line : lines) {
                assertThat(type.width(line, 10)).isLessThanOrEqualTo(100);
            }
        }
    }

    @Test
    void qrCodeDecodesBackToTheVerifyUrl() throws Exception {
        LicenceDocument licence = Samples.foodLicence(Samples.PLAIN_HOLDER);
        BufferedImage image;
        try (PDDocument document = Loader.loadPDF(renderer.render(licence))) {
            image = new PDFRenderer(document).renderImageWithDPI(0, 150);
        }
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);

        Result result = new QRCodeReader().decode(
                new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image))), hints);

        assertThat(result.getText()).isEqualTo(licence.verifyUrl());
    }

    @Test
    void rendersCorrectlyFromSeveralThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String holder = (i % 2 == 0 ? Samples.HOLDER : Samples.PLAIN_HOLDER) + i;
                texts.add(pool.submit(() -> text(renderer.render(Samples.foodLicence(holder)))));
            }
            for (int i = 0; i < texts.size(); i++) {
                String holder = (i % 2 == 0 ? Samples.HOLDER : Samples.PLAIN_HOLDER) + i;
                assertThat(texts.get(i).get(60, TimeUnit.SECONDS)).contains(holder);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reusedFontsCarryNothingOverBetweenRenders() {
        LicenceRenderer single = new LicenceRenderer(LicenceRenderer.PRIMARY_FONT, LicenceRenderer.PRIMARY_FACE,
                LicenceRenderer.FALLBACK_FONT, 1);
        byte[] first = single.render(Samples.foodLicence(Samples.HOLDER));
        single.render(Samples.foodLicence("完全不同的另一家单位名称壹贰叁肆伍陆柒捌玖拾"));

        byte[] again = single.render(Samples.foodLicence(Samples.HOLDER));

        assertThat(again).isEqualTo(first);
    }

    @Test
    void missingBundledFontFailsFastNamingTheFile() {
        assertThatThrownBy(() -> new LicenceRenderer("fonts/no-such-font.ttc", "X", null, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fonts/no-such-font.ttc");
        assertThatThrownBy(() -> new LicenceRenderer(LicenceRenderer.PRIMARY_FONT, LicenceRenderer.PRIMARY_FACE,
                "fonts/missing-fallback.ttf", 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fonts/missing-fallback.ttf");
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }

    /** Records how far right any upright glyph reaches and how many text lines there are. */
    private static final class GlyphExtent extends PDFTextStripper {
        float maxRight;
        int lines;

        GlyphExtent() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            lines++;
            for (TextPosition position : positions) {
                if (position.getDir() != 0) {
                    continue; // the seal's name runs around its arc; only upright text is laid out in lines
                }
                maxRight = Math.max(maxRight, position.getXDirAdj() + position.getWidthDirAdj());
            }
        }
    }
}
