package parley.streams.alerts;

import parley.config.ParleyConfig;

/**
 * The alert rules' parameters (docs/alerts.md), from the {@code alerts.*} keys. With T(D) the final
 * {@code window}-day count of an entity on day D:
 * <ul>
 *   <li><b>spike</b> on D: T(D) ≥ {@code minCount} and T(D) ≥ {@code ratio} × the mean of T over the
 *       {@code baselineDays} days before D, and that did not hold on D − 1;</li>
 *   <li><b>first_contact</b> (pairs) on D: the pair has events on D and none in the {@code firstContactDays} days
 *       before D ({@code 0}: off).</li>
 * </ul>
 *
 * @param window           the window size the rules read (one of {@code windows})
 * @param baselineDays     B: the days before D whose counts make the baseline
 * @param minCount         K ≥ 1
 * @param ratio            R ≥ 1
 * @param firstContactDays F: 0 (off) or ≥ window
 */
public record AlertRules(int window, int baselineDays, int minCount, double ratio, int firstContactDays) {

    public AlertRules {
        if (window < 1) throw new IllegalArgumentException("alert window must be ≥ 1 day, got " + window);
        if (baselineDays < 1) throw new IllegalArgumentException("alert baseline must be ≥ 1 day, got " + baselineDays);
        if (minCount < 1) throw new IllegalArgumentException("spike minimum count must be ≥ 1, got " + minCount);
        if (!(ratio >= 1)) throw new IllegalArgumentException("spike ratio must be ≥ 1, got " + ratio);
        if (firstContactDays != 0 && firstContactDays < window)
            throw new IllegalArgumentException("first contact days must be 0 or ≥ the window, got " + firstContactDays);
    }

    public static AlertRules from(ParleyConfig c) {
        return new AlertRules(c.getInt("alerts.window"), c.getInt("alerts.baseline.days"), c.getInt("alerts.spike.min.count"),
                c.alertsSpikeRatio(), c.getInt("alerts.first.contact.days"));
    }

    public static AlertRules defaults() { return from(ParleyConfig.defaults()); }

    public boolean firstContact() { return firstContactDays > 0; }

    /**
     * How many days before D the rules read window counts of: the spike reads D − 1 − B … D − 1 (the baseline of D
     * and of D − 1), first contact D − (F − window + 1) … D − 1 (whose windows cover the F days before D).
     */
    public int historyDays() { return Math.max(baselineDays + 1, firstContact() ? firstContactDays - window + 1 : 0); }

    /** The first day a spike can fire after the first day seen: its whole look-back, events included, is observed. */
    public int spikeWarmUpDays() { return baselineDays + window; }

    /** The same for first contact: the F days before D are observed. */
    public int firstContactWarmUpDays() { return firstContactDays; }

    /** True when T on a day is a spike level against the sum of T over the B days before it. */
    public boolean hot(long count, long baselineSum) {
        return count >= minCount && count * (double) baselineDays >= ratio * baselineSum;
    }
}
