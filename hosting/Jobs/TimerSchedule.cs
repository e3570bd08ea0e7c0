namespace BorderScreening.Hosting.Jobs;

/// <summary>When the Functions app runs a job: the NCRONTAB expression of its timer trigger.</summary>
/// <param name="Expression">Six fields, seconds first (the Functions timer's format), in UTC.</param>
/// <param name="RunOnStartup">
/// Also fire when the Functions host starts. Only for work a new instance needs at once; Azure advises
/// against it otherwise, because every scale-out and restart fires it again.
/// </param>
public sealed record TimerSchedule(string Expression, bool RunOnStartup = false);
