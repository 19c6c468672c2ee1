package vn.sonla.ntm.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EvidencePolicyTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void a_pdf_png_or_jpeg_is_recognised_by_its_first_bytes() {
        assertThat(EvidencePolicy.detectType(PDF)).contains("application/pdf");
        assertThat(EvidencePolicy.detectType(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0})).contains("image/png");
        assertThat(EvidencePolicy.detectType(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0})).contains("image/jpeg");
    }

    @Test
    void executables_archives_office_files_html_and_svg_are_refused_whatever_their_name() {
        assertThat(EvidencePolicy.refusalOf("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isPresent();
        assertThat(EvidencePolicy.refusalOf(new byte[] {'P', 'K', 3, 4, 20, 0})).isPresent();
        assertThat(EvidencePolicy.refusalOf(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0})).isPresent();
        assertThat(EvidencePolicy.refusalOf("<html><script>".getBytes(StandardCharsets.UTF_8))).isPresent();
        assertThat(EvidencePolicy.refusalOf("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isPresent();
        assertThat(EvidencePolicy.refusalOf(" %PDF-".getBytes(StandardCharsets.UTF_8))).isPresent();
    }

    @Test
    void more_than_ten_megabytes_is_refused() {
        byte[] big = new byte[(int) EvidencePolicy.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThat(EvidencePolicy.refusalOf(big)).get().asString().contains("10 MB");
        byte[] exact = new byte[(int) EvidencePolicy.MAX_BYTES];
        System.arraycopy(PDF, 0, exact, 0, PDF.length);
        assertThat(EvidencePolicy.refusalOf(exact)).isEmpty();
    }

    @Test
    void file_names_lose_their_directories_and_dangerous_characters_and_get_the_real_extension() {
        assertThat(EvidencePolicy.safeFileName("../../etc/passwd", "application/pdf")).isEqualTo("passwd.pdf");
        assertThat(EvidencePolicy.safeFileName("..\\..\\windows\\system32\\cmd.exe", "image/png")).isEqualTo("cmd.png");
        assertThat(EvidencePolicy.safeFileName("biên bản \"nghiệm thu\";.pdf.exe", "application/pdf")).isEqualTo("biên bản _nghiệm thu__.pdf.pdf");
        assertThat(EvidencePolicy.safeFileName("...", "image/jpeg")).isEqualTo("evidence.jpg");
        assertThat(EvidencePolicy.safeFileName(null, "image/jpeg")).isEqualTo("evidence.jpg");
        assertThat(EvidencePolicy.safeFileName(".htaccess", "application/pdf")).isEqualTo("htaccess.pdf");
    }

    /** Found by the safety suite: a right-to-left override survived, so the stored name displayed as something else. */
    @Test
    void file_names_lose_bidi_overrides_and_other_invisible_format_characters() {
        assertThat(EvidencePolicy.safeFileName("hoa-don\u202Efdp.exe", "application/pdf")).isEqualTo("hoa-donfdp.pdf");
        assertThat(EvidencePolicy.safeFileName("bi\u200Ben\u2066 ban\u2069.pdf", "application/pdf")).isEqualTo("bien ban.pdf");
    }
}
