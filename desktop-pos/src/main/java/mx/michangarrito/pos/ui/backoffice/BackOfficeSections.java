package mx.michangarrito.pos.ui.backoffice;

import java.util.ArrayList;
import java.util.List;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.user.Operator;

/**
 * The back office's sections, in menu order, wired to the terminal's services: the one place a new
 * section is added. Only those the operator's role may open are returned.
 */
public final class BackOfficeSections {

    private BackOfficeSections() {
    }

    /** The sections {@code operator} may open; empty when their role may open none. */
    public static List<Section> forOperator(PosServices pos, Operator operator, Texts texts, TaskExecutor tasks,
            Shell shell) {
        List<Section> all = new ArrayList<>();
        // Each section: all.add(new Section("id", texts.get("backoffice.section.id"), Role.X, () -> view.build()));
        return all.stream().filter(s -> operator.can(s.required())).toList();
    }
}
