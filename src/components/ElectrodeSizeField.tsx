import { electrodeSizeOf, heldInputOf } from '../core';
import { loadingText, thicknessText } from '../format/modelSettings';
import { useAppStore } from '../state/hooks';
import { selectChoice } from '../state/selectors';
import type { Store } from '../state/storeTypes';
import { ChoiceRadios } from './ChoiceRadios';
import { RangeField } from './RangeField';

const sizeOf = (s: Store) => electrodeSizeOf(s.inputs, s.choices.electrodeBasis);

// Strings, not the size: a drag of x then re-renders this field only when the text changes.
const selectFollowing = (s: Store) => {
  const size = sizeOf(s);
  return heldInputOf(size.basis) === 'thicknessUm'
    ? loadingText(size.loadingMgCm2)
    : thicknessText(size.thicknessUm);
};
const selectNotice = (s: Store) => sizeOf(s).notice;

const LAYER_TIMES = 'the electrode-layer times τ electronic, ionic, ambipolar';

const EFFECT = {
  thicknessUm: `Sets ${LAYER_TIMES}; the loading follows from x and porosity.`,
  loadingMgCm2: `Alloy per cm²: the thickness follows from x and porosity and sets ${LAYER_TIMES}.`,
} as const;

/**
 * The electrode layer, set by its thickness or by its loading: the slider of the one held,
 * the other beside it (it moves with x and porosity).
 */
export function ElectrodeSizeField() {
  const held = heldInputOf(useAppStore(selectChoice('electrodeBasis')));
  const following = useAppStore(selectFollowing);
  const notice = useAppStore(selectNotice);
  return (
    <div className="electrode-size">
      <ChoiceRadios choiceKey="electrodeBasis" />
      <RangeField
        key={held}
        inputKey={held}
        effect={EFFECT[held]}
        extra={
          <span className="following-value" data-testid="electrode-following">
            = {following}
          </span>
        }
      />
      {/* Always rendered, so that a notice appearing is announced. */}
      <p className="hint electrode-notice" role="status" data-testid="electrode-notice">
        {notice}
      </p>
    </div>
  );
}
