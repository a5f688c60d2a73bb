/** The About panel's sentences: below the fold, so fetched after the first render. */
export function AboutModelText() {
  return (
    <>
      <p>
        To store charge, an anode particle has to take up lithium ions <em>and</em> the electrons
        that neutralise them. Electronic conductivity σ<sub>e</sub> says how easily electrons move
        through the material; ionic conductivity σ<sub>i</sub> says the same for Li⁺ ions.
      </p>
      <p>
        Because both must move together, the useful figure is the ambipolar conductivity σ
        <sub>amb</sub> = σ<sub>e</sub>σ<sub>i</sub>/(σ<sub>e</sub>+σ<sub>i</sub>). It is always
        below the smaller of the two: the slower carrier sets the pace, and making the faster one
        even faster barely helps.
      </p>
      <p>
        Pure Si conducts electrons poorly; pure Ge conducts electrons about a million times better
        but ions no better. A little Ge (around Si<sub>7</sub>Ge) raises σ<sub>e</sub> steeply while
        σ<sub>i</sub> peaks, so the two meet. The shaded region marks where they are within a factor
        of ten (one decade) of each other &mdash; &ldquo;balanced&rdquo;. In the study, Si
        <sub>7</sub>Ge kept the most capacity at high charging rates and lost the least lithium.
      </p>
      <p className="hint">
        The curves are a model fitted to five measured compositions at room temperature. Other
        temperatures and the transport times (τ = L²/D) are the model&rsquo;s estimates, good to an
        order of magnitude.
      </p>
    </>
  );
}
