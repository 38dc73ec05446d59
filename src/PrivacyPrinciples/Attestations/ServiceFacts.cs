namespace PrivacyPrinciples.Attestations;

/// <summary>
/// Typed facts about a service, grouped by topic. Checks in the rule set read these facts to
/// corroborate or contradict answers. Every group is present (possibly empty); a
/// <see langword="null"/> fact means the vendor did not say. Immutable.
/// </summary>
public sealed record ServiceFacts
{
    private readonly FeatureFacts _features = new();
    private readonly EncryptionFacts _encryption = new();
    private readonly AuthenticationFacts _authentication = new();
    private readonly MeetingSecurityFacts _meetingSecurity = new();
    private readonly MeetingDefaultsFacts _meetingDefaults = new();
    private readonly SecurityOperationsFacts _securityOperations = new();
    private readonly DataPracticesFacts _dataPractices = new();
    private readonly TransparencyFacts _transparency = new();
    private readonly UserControlsFacts _userControls = new();
    private readonly AudienceSafeguardsFacts _audienceSafeguards = new();

    /// <summary>Which features the service has at all.</summary>
    public FeatureFacts Features { get => _features; init => _features = value ?? new(); }

    /// <summary>Encryption in transit, end to end and at rest.</summary>
    public EncryptionFacts Encryption { get => _encryption; init => _encryption = value ?? new(); }

    /// <summary>Account authentication.</summary>
    public AuthenticationFacts Authentication { get => _authentication; init => _authentication = value ?? new(); }

    /// <summary>Protection of access to meetings.</summary>
    public MeetingSecurityFacts MeetingSecurity { get => _meetingSecurity; init => _meetingSecurity = value ?? new(); }

    /// <summary>Default settings of a new meeting.</summary>
    public MeetingDefaultsFacts MeetingDefaults { get => _meetingDefaults; init => _meetingDefaults = value ?? new(); }

    /// <summary>Security testing, access control and incident response.</summary>
    public SecurityOperationsFacts SecurityOperations { get => _securityOperations; init => _securityOperations = value ?? new(); }

    /// <summary>Privacy governance, collection, retention and use.</summary>
    public DataPracticesFacts DataPractices { get => _dataPractices; init => _dataPractices = value ?? new(); }

    /// <summary>Notices and disclosures.</summary>
    public TransparencyFacts Transparency { get => _transparency; init => _transparency = value ?? new(); }

    /// <summary>Controls people have over their information and experience.</summary>
    public UserControlsFacts UserControls { get => _userControls; init => _userControls = value ?? new(); }

    /// <summary>Safeguards for particular audiences.</summary>
    public AudienceSafeguardsFacts AudienceSafeguards { get => _audienceSafeguards; init => _audienceSafeguards = value ?? new(); }
}
