package vn.sonla.ntm.common;

import java.util.ArrayList;
import java.util.List;

/** {@code ?page=0&size=50}: page from 0, size 1–500. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** Reads query parameters, refusing bad ones with a problem naming the parameter. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<Problem.FieldError> errors = new ArrayList<>();
        if (p < 0) {
            errors.add(new Problem.FieldError("page", "must be 0 or more"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new Problem.FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Invalid paging parameters", errors);
        }
        return new PageRequest(p, s);
    }

    /** Reads the raw query parameters, naming {@code page} or {@code size} when either is not a number. */
    public static PageRequest parse(String page, String size) {
        return of(Params.integer("page", page, null), Params.integer("size", size, null));
    }

    public int offset() {
        return page * size;
    }
}
