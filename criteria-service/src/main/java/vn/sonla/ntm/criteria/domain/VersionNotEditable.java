package vn.sonla.ntm.criteria.domain;

/** A change asked of a version whose status does not allow it (a published version never changes). */
public class VersionNotEditable extends RuntimeException {

    public VersionNotEditable(String message) {
        super(message, null, false, false);
    }

    public static VersionNotEditable publishedNeverChanges(String reference, SetStatus status) {
        return new VersionNotEditable(reference + " is " + status + ": published versions never change; derive a new draft");
    }
}
