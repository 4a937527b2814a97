package mx.michangarrito.pos.sale;

import java.util.UUID;

/**
 * Checks a manager's PIN for an override (discount above the limit, a void, fiado above the limit).
 * Implemented by the user service; returns the approver's id or throws its typed, Spanish error.
 */
@FunctionalInterface
public interface ManagerApproval {

    UUID approve(UUID managerId, String pin);
}
