package vn.sonla.ntm.assessment.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * What an evidence file may be: at most 10 MB, and a PDF, JPEG or PNG as its first bytes show (the declared type and
 * the name are not trusted). Everything else — executables, archives and Office files (macro-enabled or not: both are
 * ZIP or OLE containers), HTML, SVG, scripts — is refused.
 */
public final class EvidencePolicy {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private EvidencePolicy() {
    }

    /** The media type the content really is, when it is one of the accepted ones. */
    public static Optional<String> detectType(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /** Why the content is refused, or empty when it is acceptable. */
    public static Optional<String> refusalOf(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.of("the file is empty");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("the file has " + content.length + " bytes; at most " + MAX_BYTES + " (10 MB) are accepted");
        }
        if (detectType(content).isEmpty()) {
            return Optional.of("only PDF, JPEG and PNG files are accepted (judged by the file's content, not its name)");
        }
        return Optional.empty();
    }

    /**
     * A safe file name for storage and for {@code Content-Disposition}: no directories (only the last path segment of
     * the given name is kept), no control or shell-special characters, no leading dots, at most 120 characters, and the
     * extension of the detected type.
     */
    public static String safeFileName(String given, String mediaType) {
        String name = given == null ? "" : given;
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        int cut = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(cut + 1);
        name = name.replaceAll("[\\p{Cntrl}\"'<>:|?*;%$`&]", "_").replaceAll("\\s+", " ").trim();
        // format characters (bidi overrides and isolates, zero-width ones) make "hoa-don\u202Efdp.exe" display as "hoa-donexe.pdf"
        name = name.replaceAll("\\p{Cf}", "");
        name = name.replaceAll("^[.\\s_]+", "");
        String extension = extensionOf(mediaType);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        stem = stem.replace("..", "_");
        if (stem.isBlank()) {
            stem = "evidence";
        }
        if (stem.length() > 110) {
            stem = stem.substring(0, 110);
        }
        return stem + "." + extension;
    }

    private static String extensionOf(String mediaType) {
        return switch (mediaType.toLowerCase(Locale.ROOT)) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            case "image/jpeg" -> "jpg";
            default -> throw new IllegalArgumentException("not an accepted type: " + mediaType);
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
