using System.Linq;
using PrivacyPrinciples.Attestations;
using PrivacyPrinciples.Evaluation.Gathering;

namespace PrivacyPrinciples.Tests.Evaluation;

/// <summary>Which words say the opposite of a feature stated absent or a protective default stated on, and which do not (see <see cref="StatedAgainst"/>).</summary>
public class StatedAgainstTests
{
    [Theory]
    [InlineData("features.recording", "Cloud recordings are deleted after 180 days unless the customer sets a shorter period.", "cloud recordings")]
    [InlineData("features.recording", "Hosts can record meetings to their own device.", "record")]
    [InlineData("features.recording", "Meetings are recorded only when the host starts it, and everyone is told.", "recorded")]
    [InlineData("features.recording", "Every participant sees an indicator while recording runs.", "recording")]
    [InlineData("features.transcription", "Live captions were redesigned to process audio in the customer's region.", "captions")]
    [InlineData("features.transcription", "Transcripts are available to the host after the meeting.", "transcripts")]
    [InlineData("features.liveStreaming", "Notices appear when recording, transcription, live streaming or an app starts.", "live streaming")]
    [InlineData("features.liveStreaming", "Town halls can be streamed live to an audience of thousands.", "streamed live")]
    [InlineData("features.storesContent", "Customers choose the region where their content is stored and processed.", "content is stored")]
    [InlineData("features.storesContent", "Users can download their recordings and chat history.", "chat history")]
    [InlineData("dataPractices.attentionTracking", "Our engagement scoring reports how attentive each participant was.", "engagement scoring")]
    public void Says_AFeatureDescribedPlainly(string path, string statement, string words) =>
        StatedAgainst.Says(Substance.Normalise(statement), Fact(path)).Should().Be(words, "for \"{0}\"", statement);

    [Theory]
    [InlineData("features.recording", "The service does not record meetings.")]
    [InlineData("features.recording", "We do not record.")]
    [InlineData("features.recording", "There is no recording, transcription or live streaming of any kind.")]
    [InlineData("features.recording", "Recording is not offered on any plan.")]
    [InlineData("features.recording", "Recording isn't available.")]
    [InlineData("features.recording", "Calls run without recording: media is relayed and discarded.")]
    [InlineData("features.recording", "Recordings are never made.")]
    [InlineData("features.recording", "Nothing is recorded, transcribed or streamed.")]
    [InlineData("features.recording", "If recording is ever added, every participant will be told first.")]
    [InlineData("features.recording", "We plan to add recording next year.")]
    [InlineData("features.recording", "Our privacy officer records the regulator's advice in the register.")]
    [InlineData("features.recording", "Each decision is recorded in the risk register.")]
    [InlineData("features.transcription", "Calls are relayed live and never captured, transcribed or broadcast.")]
    [InlineData("features.transcription", "We offer no transcription or captions.")]
    [InlineData("features.liveStreaming", "Meetings cannot be streamed live.")]
    [InlineData("features.liveStreaming", "Audio and video streams are encrypted in transit.")]
    [InlineData("features.storesContent", "No content is stored once a call ends.")]
    [InlineData("features.storesContent", "Meeting content is processed in memory and never stored.")]
    [InlineData("features.storesContent", "Account data is stored in the EU.")]
    [InlineData("dataPractices.attentionTracking", "There is no attention tracking, emotion analysis or engagement scoring.")]
    [InlineData("dataPractices.attentionTracking", "We are attentive to what customers ask of us.")]
    public void Says_NothingForANegatedConditionalOrOtherWord(string path, string statement) =>
        StatedAgainst.Says(Substance.Normalise(statement), Fact(path)).Should().BeNull("for \"{0}\"", statement);

    [Theory]
    [InlineData("meetingDefaults.waitingRoom", "The waiting room is off by default for new meetings.", "waiting room is off by default")]
    [InlineData("meetingDefaults.waitingRoom", "The lobby is not on by default; hosts switch it on.", "lobby is not on by default")]
    [InlineData("meetingDefaults.waitingRoom", "By default the waiting room is disabled.", "default the waiting room is disabled")]
    [InlineData("meetingDefaults.audioMutedOnEntry", "Microphones are live and cameras are on when anyone joins a meeting.", "microphones are live and cameras are on when anyone joins")]
    [InlineData("meetingDefaults.audioMutedOnEntry", "Microphones are not muted on entry.", "microphones are not muted on entry")]
    [InlineData("meetingDefaults.videoOffOnEntry", "Microphones are live and cameras are on when anyone joins a meeting.", "cameras are on when anyone joins")]
    [InlineData("meetingDefaults.videoOffOnEntry", "Video is on by default.", "video is on by default")]
    [InlineData("meetingDefaults.joinAnnouncements", "Join announcements are off by default.", "announcements are off by default")]
    [InlineData("meetingSecurity.passcodesByDefault", "Passcodes are optional by default.", "passcodes are optional by default")]
    [InlineData("meetingDefaults.recordingStartsAutomatically", "Cloud recording starts automatically when the host joins.", "recording starts automatically")]
    [InlineData("meetingDefaults.recordingStartsAutomatically", "Recording is on by default for webinars.", "recording is on by default")]
    [InlineData("meetingDefaults.transcriptionStartsAutomatically", "Live captions start automatically.", "captions start automatically")]
    public void Says_ADefaultStatedOtherwise(string path, string statement, string words) =>
        StatedAgainst.Says(Substance.Normalise(statement), Fact(path)).Should().Be(words, "for \"{0}\"", statement);

    [Theory]
    [InlineData("meetingDefaults.waitingRoom", "The waiting room is on by default for every new meeting.")]
    [InlineData("meetingDefaults.waitingRoom", "The waiting room is on by default, and hosts can switch it off.")]
    [InlineData("meetingDefaults.waitingRoom", "Hosts can turn the waiting room off for a meeting.")]
    [InlineData("meetingDefaults.audioMutedOnEntry", "Microphones are muted and cameras are off when anyone joins a meeting.")]
    [InlineData("meetingDefaults.audioMutedOnEntry", "Microphones are on only when people unmute themselves after they join.")]
    [InlineData("meetingDefaults.videoOffOnEntry", "Cameras are on only when participants turn them on after they join.")]
    [InlineData("meetingDefaults.videoOffOnEntry", "Cameras stay off until turned on; nobody joins on camera.")]
    [InlineData("meetingDefaults.videoOffOnEntry", "No camera is on when anyone joins.")]
    [InlineData("meetingDefaults.videoOffOnEntry", "Video is encrypted by default.")]
    [InlineData("meetingDefaults.recordingStartsAutomatically", "Recording and transcription never start on their own: a host has to start them.")]
    [InlineData("meetingDefaults.recordingStartsAutomatically", "Recording and transcription start only when the host presses Record.")]
    [InlineData("meetingDefaults.recordingStartsAutomatically", "Recording never starts automatically.")]
    [InlineData("meetingDefaults.recordingStartsAutomatically", "The recording indicator is on for everyone when anyone joins.")]
    [InlineData("meetingSecurity.passcodesByDefault", "Passcodes are required by default for every new meeting.")]
    public void Says_NothingForTheDefaultStatedOrAChoice(string path, string statement) =>
        StatedAgainst.Says(Substance.Normalise(statement), Fact(path)).Should().BeNull("for \"{0}\"", statement);

    [Fact]
    public void Read_IsEveryFactItReadsAndEachCanBeCleared()
    {
        var facts = new ServiceFacts();
        foreach (var fact in StatedAgainst.Read)
        {
            FactCatalog.All.Should().Contain(fact);
            FluentActions.Invoking(() => FactConsistency.Without(facts, fact.Path)).Should().NotThrow();
        }
    }

    private static FactDefinition Fact(string path) => FactCatalog.All.Single(f => f.Path == path);
}
