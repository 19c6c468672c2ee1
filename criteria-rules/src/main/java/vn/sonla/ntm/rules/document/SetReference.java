package vn.sonla.ntm.rules.document;

/** Points at one version of a criteria set: {@code ntm-xa-2016-2020} version 1. */
public record SetReference(String code, int version) {

    @Override
    public String toString() {
        return code + " v" + version;
    }
}
