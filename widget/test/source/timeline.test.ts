import { expect } from '@open-wc/testing';
import { Timeline } from '../../src/chat/timeline.js';
import { conversation, msg } from './fake-client.js';

describe('Timeline', () => {
  it('de-duplicates by id and keeps seq order; tracks lastSeq', () => {
    const tl = new Timeline();
    const a = msg({ role: 'VISITOR', text: 'a' });
    const b = msg({ text: 'b' });
    expect(tl.addMessage(b)).to.equal(true);
    expect(tl.addMessage(a)).to.equal(true);
    expect(tl.addMessage(a)).to.equal(false);
    expect(tl.messages.map((m) => m.text)).to.deep.equal(['a', 'b']);
    expect(tl.lastSeq).to.equal(b.seq);
  });

  it('replaces the reply in flight with the final message of the same run, once', () => {
    const tl = new Timeline();
    tl.setReply({
      runId: 'r1',
      text: 'Hel',
      typing: true,
      handoffOffered: false,
      personWillReply: false,
      done: false,
    });
    expect(tl.reply?.text).to.equal('Hel');
    tl.addMessage(msg({ text: 'Hello', runId: 'r1' }));
    expect(tl.reply).to.equal(null);
    // A late reply event of the finished run must not bring the bubble back.
    tl.setReply({
      runId: 'r1',
      text: 'Hello',
      typing: false,
      handoffOffered: false,
      personWillReply: false,
      done: true,
    });
    expect(tl.reply).to.equal(null);
    expect(tl.messages.length).to.equal(1);
  });

  it('drops a reply that finished without text', () => {
    const tl = new Timeline();
    tl.setReply({
      runId: 'r2',
      text: null,
      typing: true,
      handoffOffered: false,
      personWillReply: false,
      done: false,
    });
    tl.setReply({
      runId: 'r2',
      text: null,
      typing: false,
      handoffOffered: false,
      personWillReply: false,
      done: true,
    });
    expect(tl.reply).to.equal(null);
  });

  it('loads a conversation, including lastSeq and the reply in flight', () => {
    const tl = new Timeline();
    tl.load(
      conversation({
        handoff: 'HUMAN',
        lastSeq: 99,
        messages: [msg({ text: 'x' })],
        reply: {
          runId: 'r3',
          text: 'y',
          typing: true,
          handoffOffered: false,
          personWillReply: false,
          done: false,
        },
      }),
    );
    expect(tl.lastSeq).to.equal(99);
    expect(tl.handoff).to.equal('HUMAN');
    expect(tl.reply?.text).to.equal('y');
    tl.clear();
    expect(tl.isEmpty).to.equal(true);
    expect(tl.lastSeq).to.equal(0);
  });
});
