import { explanationText, needText, refusalText, ruleText, thresholdText } from './need-text';

describe("the evaluation's sentences in the user's language", () => {
  it.each([
    [
      'enter a value (required ≥ 36 triệu đồng/người/năm)',
      'nhập giá trị (yêu cầu ≥ 36 triệu đồng/người/năm)',
    ],
    ['raise by 6.5% to ≥ 80%', 'cần tăng thêm 6,5% để đạt ≥ 80%'],
    ['lower by 1.2% to ≤ 12%', 'cần giảm 1,2% để đạt ≤ 12%'],
    ['achieve it', 'cần hoàn thành chỉ tiêu'],
    ['eliminate every occurrence', 'cần xóa bỏ hoàn toàn'],
    ['enter a value (required achieved)', 'nhập giá trị (yêu cầu đạt)'],
    ['bring to between 1 and 2 km', 'cần đưa về từ 1 đến 2 km'],
    ['define a threshold first', 'cần xác định ngưỡng trước'],
    ['raise by 36000000 to ≥ 36000000 đồng', 'cần tăng thêm 36.000.000 để đạt ≥ 36.000.000 đồng'],
  ])('needs: %s', (need, vi) => {
    expect(needText(need, 'vi')).toBe(vi);
  });

  it('keeps English as written, numbers in English format', () => {
    expect(needText('raise by 6.5% to ≥ 80%', 'en')).toBe('raise by 6.5% to ≥ 80%');
    expect(needText(null, 'en')).toBe('');
  });

  it('leaves a sentence outside the grammar as the server wrote it', () => {
    expect(needText('ask the department', 'vi')).toBe('ask the department');
    expect(explanationText('value true must be a number', 'vi')).toBe(
      'value true must be a number',
    );
  });

  it.each([
    ['76.1% ≥ 70%', '76,1% ≥ 70%'],
    ['achieved', 'đạt'],
    ['not achieved (required achieved)', 'chưa đạt (yêu cầu đạt)'],
    ['some present (required none)', 'vẫn còn (yêu cầu không còn)'],
    ['65.5% < 70% (required ≥ 70%)', '65,5% < 70% (yêu cầu ≥ 70%)'],
    ['no value (required ≥ 80%)', 'chưa có giá trị (yêu cầu ≥ 80%)'],
  ])('explanations: %s', (text, vi) => {
    expect(explanationText(text, 'vi')).toBe(vi);
  });

  it('translates thresholds', () => {
    expect(thresholdText('≥ 26.7%', 'vi')).toBe('≥ 26,7%');
    expect(thresholdText('none', 'en')).toBe('none');
  });

  it('translates the recognition rule', () => {
    expect(ruleText('all 19 criteria met', 'vi')).toBe('đạt đủ 19 tiêu chí');
    expect(ruleText('at least 5 of 17 criteria met', 'vi')).toBe('đạt ít nhất 5 trên 17 tiêu chí');
    expect(ruleText('at least 5 of 17 criteria met', 'en')).toBe('at least 5 of 17 criteria met');
  });

  it("says the service's refusal of a value in Vietnamese", () => {
    expect(refusalText('must be a percentage between 0 and 100', 'vi')).toBe(
      'phải là tỷ lệ phần trăm từ 0 đến 100',
    );
    expect(refusalText('must be a percentage between 0 and 100', 'en')).toBe(
      'must be a percentage between 0 and 100',
    );
    expect(refusalText('something new', 'vi')).toBe('something new');
  });
});
