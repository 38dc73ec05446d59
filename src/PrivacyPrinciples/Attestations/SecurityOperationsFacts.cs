namespace PrivacyPrinciples.Attestations;

/// <summary>Facts about security testing, access control and incident response. A <see langword="null"/> property means the vendor did not say. Immutable.</summary>
public sealed record SecurityOperationsFacts
{
    /// <summary>How often, in months, the service is penetration-tested by an independent party.</summary>
    public int? PenetrationTestIntervalMonths { get; init; }

    /// <summary>A public bug bounty or vulnerability disclosure programme exists.</summary>
    public bool? BugBountyProgramme { get; init; }

    /// <summary>Staff and sub-processor access to personal information follows least privilege.</summary>
    public bool? LeastPrivilegeAccess { get; init; }

    /// <summary>Staff and sub-processor access to personal information is logged.</summary>
    public bool? AccessLogged { get; init; }

    /// <summary>Staff with access to personal information are trained in privacy and security.</summary>
    public bool? StaffTraining { get; init; }

    /// <summary>Sub-processors are bound by contract to security and privacy obligations.</summary>
    public bool? SubprocessorContracts { get; init; }

    /// <summary>The number of days within which critical vulnerabilities are patched.</summary>
    public int? CriticalPatchDays { get; init; }

    /// <summary>How client applications get security updates: automatic, prompted or manual.</summary>
    public ClientUpdates? ClientUpdates { get; init; }

    /// <summary>A breach notification process exists for users and regulators.</summary>
    public bool? BreachNotificationProcess { get; init; }
}
