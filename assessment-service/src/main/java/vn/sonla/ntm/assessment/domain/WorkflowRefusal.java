package vn.sonla.ntm.assessment.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A domain rule refused a command. {@code WRONG_STATE}: not possible in the current state (answered 409);
 * {@code RULE}: well-formed but against a business rule, with every reason (422); {@code INVALID}: fields are wrong,
 * each named with why (400).
 */
public class WorkflowRefusal extends RuntimeException {

    public enum Kind { WRONG_STATE, RULE, INVALID }

    private final Kind kind;
    private final transient Map<String, String> fields;
    private final transient List<String> reasons;

    private WorkflowRefusal(Kind kind, String message, Map<String, String> fields, List<String> reasons) {
        super(message, null, false, false);
        this.kind = kind;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        this.reasons = List.copyOf(reasons);
    }

    public static WorkflowRefusal wrongState(String message) {
        return new WorkflowRefusal(Kind.WRONG_STATE, message, Map.of(), List.of());
    }

    public static WorkflowRefusal rule(String message, List<String> reasons) {
        return new WorkflowRefusal(Kind.RULE, message, Map.of(), reasons);
    }

    public static WorkflowRefusal invalid(String field, String message) {
        return new WorkflowRefusal(Kind.INVALID, field + " " + message, Map.of(field, message), List.of());
    }

    /** Several refused fields at once, in the order given. */
    public static WorkflowRefusal invalid(Map<String, String> fields) {
        String message = fields.size() == 1
                ? fields.keySet().iterator().next() + " " + fields.values().iterator().next()
                : fields.size() + " fields are invalid";
        return new WorkflowRefusal(Kind.INVALID, message, fields, List.of());
    }

    public Kind kind() { return kind; }

    /** Refused fields, field → why, in the order found. */
    public Map<String, String> fields() { return fields; }

    /** The reasons of a RULE refusal. */
    public List<String> reasons() { return reasons; }
}
