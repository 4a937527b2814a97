package mx.michangarrito.cloud.sync;

import java.util.List;

import mx.michangarrito.shared.sync.SequenceGap;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SequenceProgressTest {

    @Test
    void consecutiveSequencesMoveTheMarkWithoutGaps() {
        assertEquals(new SequenceProgress(5, List.of()), SequenceProgress.advance(2, List.of(3L, 4L, 5L)));
    }

    @Test
    void nothingReceivedKeepsTheMark() {
        assertEquals(new SequenceProgress(7, List.of()), SequenceProgress.advance(7, List.of()));
    }

    @Test
    void holesAreReportedAndStopTheMark() {
        assertEquals(new SequenceProgress(3, List.of(new SequenceGap(4, 5), new SequenceGap(8, 8))),
                SequenceProgress.advance(2, List.of(3L, 6L, 7L, 9L)));
    }

    @Test
    void aHoleRightAfterTheMarkIsReported() {
        assertEquals(new SequenceProgress(0, List.of(new SequenceGap(1, 9))),
                SequenceProgress.advance(0, List.of(10L)));
    }
}
