package dev.tenet.web.design;

import dev.tenet.web.submission.WorkflowException;

import java.lang.reflect.Method;

/**
 * WorkflowExceptions as the workflow throws them. Their factories belong to the submission
 * package; tests of the pages that show refusals reach them reflectively rather than widen that API.
 */
final class WorkflowRefusals {

    private WorkflowRefusals() {
    }

    static WorkflowException conflict(String message) {
        return make("conflict", message);
    }

    static WorkflowException forbidden(String message) {
        return make("forbidden", message);
    }

    static WorkflowException invalid(String message) {
        return make("invalid", message);
    }

    private static WorkflowException make(String factory, String message) {
        try {
            Method method = WorkflowException.class.getDeclaredMethod(factory, String.class);
            method.setAccessible(true);
            return (WorkflowException) method.invoke(null, message);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
