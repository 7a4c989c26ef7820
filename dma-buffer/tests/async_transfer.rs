//! `transfer.await` on the simulated engine: the engine thread wakes the task as an interrupt
//! would, while the futures are polled, dropped mid-way, forgotten, raced against a timeout,
//! moved to another thread, and run by the dozen. Run under Miri (`.ci/miri.sh`) to check the
//! waker slot and the buffer hand-over for races and uses after free.

// Every test here runs on the host simulator, `dma_buffer::sim`.
#![cfg(feature = "std")]

use std::future::{Future, IntoFuture};
use std::mem;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::thread::{self, JoinHandle, Thread};
use std::time::{Duration, Instant};

use dma_buffer::sim::{SimChannel, SimPeripheral};
use dma_buffer::transfer::{AsyncDmaChannel, Fault, Job, Transfer, TransferFuture, WakerSlot};
use dma_buffer::{DmaChannel, Word};

/// A fresh channel and its peripheral end.
fn channel<W: Word>() -> (SimChannel<W>, SimPeripheral<W>) {
    let channel = SimChannel::new();
    let peripheral = channel.peripheral();
    (channel, peripheral)
}

/// A waker that records that it was woken, and unparks the thread that made it.
struct Flag {
    woken: AtomicBool,
    thread: Thread,
}

impl Flag {
    fn new() -> Arc<Flag> {
        Arc::new(Flag {
            woken: AtomicBool::new(false),
            thread: thread::current(),
        })
    }

    /// Whether woken since the last call.
    fn take(&self) -> bool {
        self.woken.swap(false, Ordering::Acquire)
    }

    /// Parks until woken; panics if nothing wakes it for a long while (the task would sleep
    /// forever on hardware).
    fn wait(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self.take() {
            let now = Instant::now();
            assert!(
                now < deadline,
                "the future is pending and its waker was never woken"
            );
            thread::park_timeout(deadline - now);
        }
    }
}

impl Wake for Flag {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        self.woken.store(true, Ordering::Release);
        self.thread.unpark();
    }
}

/// Polls `future` once with `waker`.
fn poll_once<F: Future + Unpin>(future: &mut F, waker: &Waker) -> Poll<F::Output> {
    Pin::new(future).poll(&mut Context::from_waker(waker))
}

/// Runs `future` to completion on this thread, polling it again only when its waker was
/// woken: the output, and how many polls it took.
fn run<F: IntoFuture>(future: F) -> (F::Output, usize) {
    let mut future = std::pin::pin!(future.into_future());
    let flag = Flag::new();
    let waker = Waker::from(Arc::clone(&flag));
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(output) = future.as_mut().poll(&mut Context::from_waker(&waker)) {
            return (output, polls);
        }
        flag.wait();
    }
}

/// The future of a receive into a fresh `Box<[u8; N]>`.
fn receive<const N: usize>(
    channel: SimChannel<u8>,
) -> TransferFuture<Box<[u8; N]>, SimChannel<u8>> {
    Transfer::write(Box::new([0u8; N]), channel).into_future()
}

#[test]
fn await_receives_a_frame_and_sleeps_until_woken() {
    let (mut channel, uart) = channel::<u8>();
    channel.set_word_delay(Duration::from_millis(1));
    let mut rx = receive::<8>(channel);
    assert!(
        poll_once(&mut rx, Waker::noop()).is_pending(),
        "nothing was received yet"
    );
    uart.receive(b"frame#01");
    let (outcome, polls) = run(rx);
    let (frame, channel) = outcome.unwrap();
    assert_eq!(&*frame, b"frame#01");
    assert_eq!(channel.transferred(), 8);
    // Woken once at the end, not polled per word: a future that woke itself to spin would be
    // polled many times over the 8 ms the job takes.
    assert!(polls <= 2, "polled {polls} times");
}

#[test]
fn await_of_a_finished_job_is_ready_at_once() {
    let (channel, uart) = channel::<u16>();
    let transfer = Transfer::read(vec![1u16, 2, 3], channel);
    while !transfer.is_done() {
        thread::yield_now();
    }
    let (outcome, polls) = run(transfer.into_future());
    assert_eq!(outcome.unwrap().0, [1, 2, 3]);
    assert_eq!((polls, uart.transmitted()), (1, vec![1, 2, 3]));
}

#[test]
fn await_gives_back_buffer_and_channel_on_a_fault() {
    let (mut channel, uart) = channel::<u8>();
    channel.set_fault_after(Some(2));
    let mut rx = receive::<4>(channel);
    assert!(poll_once(&mut rx, Waker::noop()).is_pending());
    uart.receive(b"abcd");
    let (outcome, _) = run(rx);
    let Err(Fault {
        error,
        buffer,
        mut channel,
    }) = outcome
    else {
        panic!("the simulated bus error did not happen");
    };
    assert_eq!(error.after_words, 2);
    assert_eq!(&*buffer, b"ab\0\0");

    // The channel is idle and reusable, asynchronously too.
    channel.set_fault_after(None);
    uart.receive(b"ef");
    let (outcome, _) = run(Transfer::write(buffer, channel));
    assert_eq!(&*outcome.unwrap().0, b"cdef");
}

#[test]
fn dropping_the_future_midway_stops_the_engine_before_the_buffer_goes() {
    let (channel, uart) = channel::<u8>();
    let mut rx = receive::<8>(channel);
    assert!(poll_once(&mut rx, Waker::noop()).is_pending());
    uart.receive(b"ab");
    while uart.pending() > 0 {
        thread::yield_now();
    }
    // Frees the `Box`: only sound because the engine was stopped and joined before.
    drop(rx);
    uart.receive(b"cde");
    assert_eq!(uart.pending(), 3, "a stopped engine takes no more words");
}

/// Spins until `flag` is set, failing with `what` after ten seconds: a waker that deadlocks or
/// panics on the engine's thread must fail the test, not hang it.
fn wait_for_flag(flag: &AtomicBool, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !flag.load(Ordering::Acquire) {
        assert!(Instant::now() < deadline, "{what}");
        thread::yield_now();
    }
}

/// A receive future, shared with the waker that drops it.
type SharedReceive = Arc<std::sync::Mutex<Option<TransferFuture<Box<[u8; 4]>, SimChannel<u8>>>>>;

/// A waker that drops the future it wakes, as a task's owner might when it is woken: on the
/// simulated engine's thread, inside its end-of-job interrupt.
struct DropOnWake {
    future: SharedReceive,
    dropped: AtomicBool,
}

impl Wake for DropOnWake {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        drop(self.future.lock().unwrap().take());
        self.dropped.store(true, Ordering::Release);
    }
}

#[test]
fn a_waker_may_drop_the_future_from_the_engines_interrupt() {
    let (channel, uart) = channel::<u8>();
    let future = Arc::new(std::sync::Mutex::new(Some(receive::<4>(channel))));
    let waker = Arc::new(DropOnWake {
        future: Arc::clone(&future),
        dropped: AtomicBool::new(false),
    });
    let pending = poll_once(
        future.lock().unwrap().as_mut().unwrap(),
        &Waker::from(Arc::clone(&waker)),
    );
    assert!(pending.is_pending());
    uart.receive(b"abcd");
    // The drop stops the channel from the engine's own thread: it must neither join itself
    // (a panic, a deadlock, or Miri's "trying to join itself") nor let the engine touch the
    // freed buffer afterwards.
    wait_for_flag(
        &waker.dropped,
        "the drop in the waker never returned: the engine could not stop itself",
    );
    assert!(future.lock().unwrap().is_none());
}

/// A ring reader, shared with the waker that ends it.
type SharedRing =
    std::sync::Mutex<Option<dma_buffer::transfer::RingReader<Box<[u8; 4]>, SimChannel<u8>>>>;

/// A waker that, woken by a ring's per-word interrupt on the engine's thread, drops the ring,
/// or stops it and starts a new one on the same channel.
struct EndRingOnWake {
    ring: SharedRing,
    restart: bool,
    done: AtomicBool,
}

impl Wake for EndRingOnWake {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        let Some(rx) = self.ring.lock().unwrap().take() else {
            return;
        };
        if self.restart {
            let (ring, channel) = rx.stop();
            drop(dma_buffer::transfer::RingReader::start(ring, channel));
        } else {
            drop(rx);
        }
        self.done.store(true, Ordering::Release);
    }
}

/// Ends a ring from its own interrupt, while the engine has words to write, then lets the
/// detached engine go on: it must not touch the freed ring, nor keep the channel busy.
fn end_ring_from_its_interrupt(restart: bool) {
    let (channel, uart) = channel::<u8>();
    let mut rx = dma_buffer::transfer::RingReader::start(Box::new([0u8; 4]), channel);
    let waker = Arc::new(EndRingOnWake {
        ring: std::sync::Mutex::new(None),
        restart,
        done: AtomicBool::new(false),
    });
    {
        let mut bytes = [0u8; 2];
        let mut reading = std::pin::pin!(rx.read_async(&mut bytes));
        let waker = Waker::from(Arc::clone(&waker));
        assert!(reading
            .as_mut()
            .poll(&mut Context::from_waker(&waker))
            .is_pending());
    }
    *waker.ring.lock().unwrap() = Some(rx);
    uart.receive(b"abcdefghijkl");
    wait_for_flag(&waker.done, "the waker never ended the ring");
    for _ in 0..100 {
        thread::yield_now();
    }
}

#[test]
fn a_waker_may_drop_a_ring_from_its_word_interrupt() {
    end_ring_from_its_interrupt(false);
}

#[test]
fn a_waker_may_restart_a_ring_from_its_word_interrupt() {
    end_ring_from_its_interrupt(true);
}

/// A double buffer, shared with the waker that refills it.
type SharedDouble =
    std::sync::Mutex<Option<dma_buffer::transfer::DoubleBuffer<Box<[u8; 2]>, SimChannel<u8>>>>;

/// A waker that, woken when a double buffer's chain ends (on the engine's thread, inside its
/// interrupt), takes the finished buffers and hands them back, which queues them on the channel.
struct RefillOnWake {
    double: SharedDouble,
    taken: AtomicUsize,
    done: AtomicBool,
}

impl Wake for RefillOnWake {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        if let Some(double) = self.double.lock().unwrap().as_mut() {
            while let Ok(Some(lent)) = double.try_take() {
                self.taken.fetch_add(1, Ordering::Relaxed);
                drop(lent); // given back: queued behind the other, or restarting the chain
            }
        }
        self.done.store(true, Ordering::Release);
    }
}

#[test]
fn a_waker_may_hand_double_buffers_back_from_the_engines_interrupt() {
    let (mut channel, uart) = channel::<u8>();
    let waker = Arc::new(RefillOnWake {
        double: std::sync::Mutex::new(None),
        taken: AtomicUsize::new(0),
        done: AtomicBool::new(false),
    });
    channel.register_waker(&Waker::from(Arc::clone(&waker)));
    let double =
        dma_buffer::transfer::DoubleBuffer::write(Box::new([0; 2]), Box::new([0; 2]), channel);
    *waker.double.lock().unwrap() = Some(double);
    // Both buffers fill with nothing handed back: the chain ends, and its interrupt runs the
    // waker, whose hand-back queues on the chain that just ended (held locked, it deadlocked).
    uart.receive(b"abcd");
    wait_for_flag(&waker.done, "the waker's hand-back never returned");
    assert!(waker.taken.load(Ordering::Relaxed) >= 1);
    let (_buffers, _channel) = waker.double.lock().unwrap().take().unwrap().stop();
}

#[test]
#[cfg_attr(
    miri,
    ignore = "leaks the channel by design: .ci/miri.sh runs it alone with -Zmiri-ignore-leaks"
)]
fn a_forgotten_future_keeps_its_leaked_buffer_for_the_engine() {
    let (mut channel, uart) = channel::<u8>();
    // Slow enough that the engine is still sending when the future is forgotten.
    channel.set_word_delay(Duration::from_millis(1));
    let mut tx = Transfer::read(Box::new(*b"leak-me!"), channel).into_future();
    assert!(poll_once(&mut tx, Waker::noop()).is_pending());
    // No destructor runs: the engine goes on alone, reading a `Box` that is never freed.
    mem::forget(tx);
    while uart.transmitted().len() < 8 {
        thread::yield_now();
    }
    assert_eq!(uart.transmitted(), b"leak-me!");
}

/// Which of two futures finished first.
#[derive(Debug)]
enum Either<A, B> {
    Left(A),
    Right(B),
}

/// Polls both futures, the left one first, until one is ready; drops the other (what
/// `embassy_futures::select` and `futures::select!` do).
async fn select<A, B>(mut left: A, mut right: B) -> Either<A::Output, B::Output>
where
    A: Future + Unpin,
    B: Future + Unpin,
{
    std::future::poll_fn(|cx| {
        if let Poll::Ready(output) = Pin::new(&mut left).poll(cx) {
            return Poll::Ready(Either::Left(output));
        }
        Pin::new(&mut right).poll(cx).map(Either::Right)
    })
    .await
}

/// A timer future: ready once `duration` has passed since its first poll, when a thread
/// wakes it (a timer interrupt).
struct Sleep {
    duration: Duration,
    timer: Option<Timer>,
}

/// The thread of a running [`Sleep`]; dropping `cancel` ends it early.
struct Timer {
    expired: Arc<AtomicBool>,
    cancel: mpsc::Sender<()>,
    thread: JoinHandle<()>,
}

fn sleep(duration: Duration) -> Sleep {
    Sleep {
        duration,
        timer: None,
    }
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let duration = self.duration;
        let timer = self.timer.get_or_insert_with(|| {
            let expired = Arc::new(AtomicBool::new(false));
            let (cancel, cancelled) = mpsc::channel();
            let waker = cx.waker().clone();
            let expire = Arc::clone(&expired);
            let thread = thread::spawn(move || {
                if cancelled.recv_timeout(duration) == Err(RecvTimeoutError::Timeout) {
                    expire.store(true, Ordering::Release);
                    waker.wake();
                }
            });
            Timer {
                expired,
                cancel,
                thread,
            }
        });
        if timer.expired.load(Ordering::Acquire) {
            Poll::Ready(())
        } else {
            Poll::Pending
        }
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        if let Some(Timer { cancel, thread, .. }) = self.timer.take() {
            drop(cancel);
            thread.join().unwrap();
        }
    }
}

#[test]
fn a_timeout_cancels_a_receive_that_never_completes() {
    let (channel, uart) = channel::<u8>();
    uart.receive(b"sh"); // a short frame: 2 of 8 bytes
    let (outcome, _) = run(select(
        receive::<8>(channel),
        sleep(Duration::from_millis(20)),
    ));
    assert!(matches!(outcome, Either::Right(())), "{outcome:?}");
    // The transfer future was dropped by `select`: its engine stopped, its `Box` freed.
    uart.receive(b"ort!");
    assert_eq!(uart.pending(), 4, "a cancelled receive takes no more words");
}

#[test]
fn a_receive_that_completes_in_time_beats_the_timeout() {
    let (channel, uart) = channel::<u8>();
    let waker_thread = thread::spawn(move || uart.receive(b"in time!"));
    let (outcome, _) = run(select(receive::<8>(channel), sleep(Duration::from_secs(5))));
    waker_thread.join().unwrap();
    let Either::Left(Ok((frame, _channel))) = outcome else {
        panic!("the timeout won: {outcome:?}");
    };
    assert_eq!(&*frame, b"in time!");
}

#[test]
fn a_future_polled_on_one_thread_completes_on_another() {
    let (channel, uart) = channel::<u32>();
    let mut rx = Transfer::write(vec![0u32; 3], channel).into_future();
    assert!(poll_once(&mut rx, Waker::noop()).is_pending());
    // The engine wakes whichever waker was registered last: the other thread's.
    let task = thread::spawn(move || run(rx).0.map_err(|fault| fault.error));
    uart.receive(&[7, 8, u32::MAX]);
    let (words, _channel) = task.join().unwrap().unwrap();
    assert_eq!(words, [7, 8, u32::MAX]);
}

/// Polls every future whenever any is woken, until all are ready: their outputs, in order
/// (what `embassy_futures::join::join_array` does).
async fn join_all<F: Future + Unpin>(futures: Vec<F>) -> Vec<F::Output> {
    let mut pending: Vec<Option<F>> = futures.into_iter().map(Some).collect();
    let mut outputs: Vec<Option<F::Output>> = pending.iter().map(|_| None).collect();
    std::future::poll_fn(|cx| {
        for (slot, output) in pending.iter_mut().zip(&mut outputs) {
            if let Some(future) = slot {
                if let Poll::Ready(done) = Pin::new(future).poll(cx) {
                    *output = Some(done);
                    *slot = None;
                }
            }
        }
        if pending.iter().all(Option::is_none) {
            Poll::Ready(outputs.drain(..).map(Option::unwrap).collect())
        } else {
            Poll::Pending
        }
    })
    .await
}

#[test]
fn many_transfers_in_flight_on_several_channels_each_complete() {
    const CHANNELS: usize = 4;
    let (channels, uarts): (Vec<_>, Vec<_>) = (0..CHANNELS).map(|_| channel::<u8>()).unzip();
    let receives: Vec<_> = channels.into_iter().map(receive::<3>).collect();
    // Frames arrive in reverse order, while all four jobs run.
    let feeder = thread::spawn(move || {
        for (index, uart) in uarts.iter().enumerate().rev() {
            uart.receive(&[b'a' + index as u8; 3]);
        }
        uarts
    });
    let (outcomes, _) = run(join_all(receives));
    feeder.join().unwrap();
    for (index, outcome) in outcomes.into_iter().enumerate() {
        let (frame, channel) = outcome.unwrap();
        assert_eq!(*frame, [b'a' + index as u8; 3]);
        assert_eq!(channel.transferred(), 3);
    }
}

#[test]
fn stopping_a_job_wakes_the_registered_waker() {
    let (mut channel, _uart) = channel::<u8>();
    let mut rx = [0u8; 4];
    std::sync::atomic::fence(Ordering::Release);
    // SAFETY: the channel never ran a job; `rx` is not touched until the job is stopped below;
    // the fence is issued.
    unsafe {
        channel.start(Job::PeripheralToMemory {
            destination: rx.as_mut_ptr(),
            len: rx.len(),
        });
    }
    let flag = Flag::new();
    channel.register_waker(&Waker::from(Arc::clone(&flag)));
    assert!(!flag.take(), "woken while the job runs");
    channel.stop(); // nothing arrives
    std::sync::atomic::fence(Ordering::Acquire);
    assert!(flag.take(), "a stop is an end of job, and wakes");
    assert_eq!(rx, [0; 4]);
}

/// A task's waker that counts its wakes.
struct Count(AtomicUsize);

impl Wake for Count {
    fn wake(self: Arc<Self>) {
        self.0.fetch_add(1, Ordering::Relaxed);
    }
}

#[test]
fn a_job_ending_while_the_task_registers_always_wakes_or_is_seen() {
    // Each round, an "interrupt" ends the job and wakes while the task registers and then reads
    // the status: either the task sees the end, or its waker is woken. Anything else is a
    // lost wakeup (the task would sleep forever); waking twice is a slot that handed out one
    // waker twice.
    for _ in 0..20 {
        let slot = Arc::new(WakerSlot::new());
        let ended = Arc::new(AtomicBool::new(false));
        let count = Arc::new(Count(AtomicUsize::new(0)));
        let interrupt = {
            let (slot, ended) = (Arc::clone(&slot), Arc::clone(&ended));
            thread::spawn(move || {
                ended.store(true, Ordering::Release);
                slot.wake();
            })
        };
        slot.register(&Waker::from(Arc::clone(&count)));
        let saw_end = ended.load(Ordering::Acquire);
        interrupt.join().unwrap();
        let wakes = count.0.load(Ordering::Relaxed);
        assert!(saw_end || wakes == 1, "lost wakeup");
        assert!(wakes <= 1, "woken {wakes} times");
    }
}

#[test]
fn a_ring_reader_awaits_words_from_the_engine() {
    let (channel, uart) = channel::<u8>();
    let mut rx = dma_buffer::transfer::RingReader::start(Box::new([0u8; 8]), channel);
    let mut line = [0u8; 3];
    {
        let mut reading = std::pin::pin!(rx.read_async(&mut line));
        let mut context = Context::from_waker(Waker::noop());
        assert!(
            reading.as_mut().poll(&mut context).is_pending(),
            "the ring is empty"
        );
    }
    let sender = thread::spawn(move || uart.receive(b"abc"));
    let mut got = 0;
    while got < 3 {
        let (outcome, _) = run(rx.read_async(&mut line[got..]));
        got += outcome.unwrap();
    }
    assert_eq!(&line, b"abc");
    sender.join().unwrap();
    rx.stop();
}

#[test]
fn an_ended_ring_is_ready_with_nothing() {
    let (mut channel, _uart) = channel::<u8>();
    channel.set_fault_after(Some(0));
    let mut rx = dma_buffer::transfer::RingReader::start(Box::new([0u8; 4]), channel);
    while !rx.channel().status().is_ended() {
        thread::yield_now();
    }
    let mut word = [0u8; 1];
    let (outcome, polls) = run(rx.read_async(&mut word));
    assert_eq!((outcome, polls), (Ok(0), 1));
    rx.stop();
}
