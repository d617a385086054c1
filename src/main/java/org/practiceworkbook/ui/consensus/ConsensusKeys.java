package org.practiceworkbook.ui.consensus;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.practiceworkbook.assessment.AnswerValue;

/**
 * The keys a facilitator agrees levels with, the same on the screen and the projector: 1 to N a level, N not
 * applicable, D don't know, Ctrl+Z undo. While a note is being typed, keys type.
 */
final class ConsensusKeys {

    private ConsensusKeys() {
    }

    /** @return whether the key was a consensus key (and was used) */
    static boolean handle(KeyEvent event, ConsensusViewModel model) {
        if (event.getTarget() instanceof TextInputControl) {
            return false;   // typing a note: every key types, and Ctrl+Z undoes the typing
        }
        if (event.isShortcutDown() && event.getCode() == KeyCode.Z) {
            model.undo();
            event.consume();
            return true;
        }
        if (event.isShortcutDown() || event.isAltDown() || model.questionnaire() == null) {
            return false;
        }
        AnswerValue value = switch (event.getCode()) {
            case N -> AnswerValue.NOT_APPLICABLE;
            case D -> AnswerValue.DONT_KNOW;
            default -> level(event.getText(), model.questionnaire().levelCount());
        };
        if (value == null) {
            return false;
        }
        model.agree(value);
        event.consume();
        return true;
    }

    private static AnswerValue level(String typed, int levelCount) {
        if (typed == null || typed.length() != 1 || !Character.isDigit(typed.charAt(0))) {
            return null;
        }
        int level = typed.charAt(0) - '0';
        return level >= 1 && level <= levelCount ? AnswerValue.level(level) : null;
    }
}
