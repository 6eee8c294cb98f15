package dev.incidentkit.testkit;

import dev.incidentkit.notify.Notifier;
import dev.incidentkit.notify.RecordingNotifier;
import io.vavr.collection.Seq;

/** The recording notifier keeps every promise of the notifier port. */
class RecordingNotifierContractTest extends NotifierContract {

    private RecordingNotifier last = new RecordingNotifier();

    @Override
    protected Notifier newNotifier() {
        last = new RecordingNotifier();
        return last;
    }

    @Override
    protected Seq<String> keysShownByTarget() {
        return last.received().map(m -> m.intent().idempotencyKey());
    }

    @Override
    protected Notifier notifierWithTargetDown() {
        return RecordingNotifier.unreachable();
    }
}
