package mx.michangarrito.hardware.printer;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.DeviceListener;
import mx.michangarrito.hardware.device.DeviceState;
import mx.michangarrito.hardware.device.PrintJobChanged;
import mx.michangarrito.hardware.device.PrintJobState;
import mx.michangarrito.hardware.device.PrinterStatus;
import mx.michangarrito.hardware.device.Subscription;
import mx.michangarrito.hardware.receipt.EscPosRenderer;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * The tickets waiting for one printer, printed in order. A job is kept until the printer has
 * accepted it: before sending, the queue asks the printer's status and sends only when it can
 * print; after sending, on a two-way link, a status answer proves the printer received every byte
 * before it (the answer follows the job on the same stream). When the printer cannot take a job
 * (paper out, cover open, offline, no answer, unplugged) the job and those after it wait, a
 * {@link PrintJobChanged} says why, and the queue tries again after the retry delay or on
 * {@link #retryNow()}. Waiting jobs can be cancelled; any job can be reprinted.
 *
 * <p>A job is sent again only when the printer did not confirm it, e.g. the link dropped mid-job;
 * the printer then has at most the partial first copy, never two whole tickets. Nothing here throws
 * into a sale: {@link #submit} returns at once and problems arrive as events.
 */
public final class PrintQueue {

    private static final System.Logger LOG = System.getLogger(PrintQueue.class.getName());
    private static final int FINISHED_KEPT = 200;

    private final ReceiptPrinter printer;
    private final RetryScheduler scheduler;
    private final Duration retryDelay;
    private final Clock clock;
    private final EscPosRenderer renderer;
    private final CopyOnWriteArrayList<DeviceListener> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock draining = new ReentrantLock();
    private final Map<Long, Job> jobs = new LinkedHashMap<>();
    private long lastId;
    private boolean retryScheduled;

    /**
     * A queue for one printer.
     *
     * @param printer    the printer; started by the queue when it is not yet enabled
     * @param scheduler  where sending runs
     * @param retryDelay how long a waiting job waits before the next try
     * @param clock      time source for jobs and events
     */
    public PrintQueue(ReceiptPrinter printer, RetryScheduler scheduler, Duration retryDelay, Clock clock) {
        this.printer = Objects.requireNonNull(printer, "printer");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.retryDelay = Objects.requireNonNull(retryDelay, "retryDelay");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.renderer = new EscPosRenderer(printer.settings().profile());
    }

    /**
     * Queues a ticket, rendered now for the printer's profile (so a reprint is the same bytes).
     *
     * @param title    what to call it, e.g. {@code "Venta A-1042"}
     * @param document the ticket
     * @return the queued job
     */
    public PrintJob submit(String title, ReceiptDocument document) {
        return add(title, renderer.render(document), 0);
    }

    /**
     * Queues raw ESC/POS bytes, e.g. a drawer pulse that must follow the tickets before it.
     *
     * @param title  what to call it
     * @param escPos the bytes
     * @return the queued job
     */
    public PrintJob submit(String title, byte[] escPos) {
        return add(title, escPos.clone(), 0);
    }

    /**
     * Queues another copy of a job, accepted or not.
     *
     * @param id the job to copy
     * @return the new job; empty if no such job is kept
     */
    public Optional<PrintJob> reprint(long id) {
        Job original;
        lock.lock();
        try {
            original = jobs.get(id);
        } finally {
            lock.unlock();
        }
        return Optional.ofNullable(original).map(job -> add(job.title, job.bytes, job.id));
    }

    /**
     * Cancels a job the printer has not accepted and is not receiving right now.
     *
     * @param id the job
     * @return whether it was cancelled
     */
    public boolean cancel(long id) {
        Job job;
        lock.lock();
        try {
            job = jobs.get(id);
            if (job == null || (job.state != PrintJobState.QUEUED && job.state != PrintJobState.WAITING)) {
                return false;
            }
            job.state = PrintJobState.CANCELLED;
            job.detail = text("queue.cancelled");
        } finally {
            lock.unlock();
        }
        announce(job);
        return true;
    }

    /** Tries the waiting jobs now, e.g. when the cashier says the paper is back. */
    public void retryNow() {
        scheduler.runNow(this::drain);
    }

    /**
     * @param id a job
     * @return its snapshot, if kept
     */
    public Optional<PrintJob> job(long id) {
        lock.lock();
        try {
            return Optional.ofNullable(jobs.get(id)).map(Job::snapshot);
        } finally {
            lock.unlock();
        }
    }

    /** @return every kept job, oldest first */
    public List<PrintJob> jobs() {
        lock.lock();
        try {
            return jobs.values().stream().map(Job::snapshot).toList();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Registers for {@link PrintJobChanged} events, delivered on the scheduler's thread.
     *
     * @param listener the listener
     * @return the subscription
     */
    public Subscription subscribe(DeviceListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    private PrintJob add(String title, byte[] bytes, long reprintOf) {
        Job job;
        lock.lock();
        try {
            job = new Job(++lastId, title, bytes, reprintOf, clock.instant(), text("queue.queued"));
            jobs.put(job.id, job);
            forgetOldFinished();
        } finally {
            lock.unlock();
        }
        announce(job);
        scheduler.runNow(this::drain);
        return job.snapshot();
    }

    /** Sends pending jobs in order until one cannot be sent. Runs on the scheduler's thread. */
    void drain() {
        draining.lock();
        try {
            Job job;
            while ((job = next()) != null) {
                if (!send(job)) {
                    scheduleRetry();
                    return;
                }
            }
        } finally {
            draining.unlock();
        }
    }

    private boolean send(Job job) {
        try {
            if (printer.state() != DeviceState.ENABLED) {
                printer.start(PrinterSettings.CONNECT_TIMEOUT);
            }
            Optional<PrinterStatus> before = printer.readStatus();
            if (before.isPresent() && !before.get().readyToPrint()) {
                move(job, PrintJobState.WAITING, HardwareMessage.of(EscPosPrinter.MESSAGES,
                        EscPosPrinter.problemKey(before.get()), printer.name(), printer.uri().toString()));
                return false;
            }
            if (!move(job, PrintJobState.SENDING, text("queue.sending"))) {
                return true; // cancelled meanwhile
            }
            job.attempts++;
            printer.send(job.bytes);
            printer.readStatus(); // the answer follows the job's bytes: they all arrived
            move(job, PrintJobState.ACCEPTED, text("queue.accepted"));
            return true;
        } catch (DeviceException e) {
            LOG.log(Level.INFO, () -> "Job " + job.id + " waits: " + e.getMessage());
            move(job, PrintJobState.WAITING, e.userMessage());
            return false;
        }
    }

    private Job next() {
        lock.lock();
        try {
            return jobs.values().stream().filter(job -> job.state == PrintJobState.QUEUED
                    || job.state == PrintJobState.WAITING).findFirst().orElse(null);
        } finally {
            lock.unlock();
        }
    }

    /** Moves a job unless it was cancelled; says so. */
    private boolean move(Job job, PrintJobState state, HardwareMessage detail) {
        lock.lock();
        try {
            if (job.state == PrintJobState.CANCELLED) {
                return false;
            }
            if (job.state == state && job.detail.equals(detail)) {
                return true;
            }
            job.state = state;
            job.detail = detail;
        } finally {
            lock.unlock();
        }
        announce(job);
        return true;
    }

    private void scheduleRetry() {
        lock.lock();
        try {
            if (retryScheduled) {
                return;
            }
            retryScheduled = true;
        } finally {
            lock.unlock();
        }
        scheduler.runAfter(retryDelay, this::retry);
    }

    private void retry() {
        lock.lock();
        try {
            retryScheduled = false;
        } finally {
            lock.unlock();
        }
        drain();
    }

    private void announce(Job job) {
        PrintJob snapshot = job.snapshot();
        PrintJobChanged event = new PrintJobChanged(printer.name(), clock.instant(), snapshot.id(), snapshot.title(),
                snapshot.state(), snapshot.detail());
        for (DeviceListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, () -> "A print queue listener failed on " + event, e);
            }
        }
    }

    private void forgetOldFinished() {
        List<Long> finished = new ArrayList<>();
        jobs.values().stream().filter(job -> !job.snapshot().pending()).forEach(job -> finished.add(job.id));
        for (int i = 0; i < finished.size() - FINISHED_KEPT; i++) {
            jobs.remove(finished.get(i));
        }
    }

    private HardwareMessage text(String key) {
        return HardwareMessage.of(EscPosPrinter.MESSAGES, key, printer.name(), printer.uri().toString());
    }

    /** A job's mutable record, guarded by {@link #lock}. */
    private static final class Job {
        final long id;
        final String title;
        final byte[] bytes;
        final long reprintOf;
        final java.time.Instant queuedAt;
        PrintJobState state = PrintJobState.QUEUED;
        HardwareMessage detail;
        int attempts;

        Job(long id, String title, byte[] bytes, long reprintOf, java.time.Instant queuedAt, HardwareMessage detail) {
            this.id = id;
            this.title = Objects.requireNonNull(title, "title");
            this.bytes = bytes;
            this.reprintOf = reprintOf;
            this.queuedAt = queuedAt;
            this.detail = detail;
        }

        PrintJob snapshot() {
            return new PrintJob(id, title, state, detail, attempts, reprintOf, queuedAt);
        }
    }
}
