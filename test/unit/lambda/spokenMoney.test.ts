import { spokenMoney } from '../../../lambda/prompts/spokenMoney';

describe('spokenMoney', () => {
  it('names the peso in words in Mexico, never a bare dollar sign', () => {
    expect(spokenMoney('es-MX', 287, 'MXN')).toBe('287 pesos');
  });

  it('names the rupee as Indian speakers do, in English and in Hindi', () => {
    expect(spokenMoney('en-IN', 1442, 'INR')).toBe('1,442 rupees');
    expect(spokenMoney('hi-IN', 442, 'INR')).toBe('442 रुपये');
    expect(spokenMoney('en-IN', 1, 'INR')).toBe('1 rupee');
  });

  it('keeps the local symbol where text-to-speech reads it natively, with the locale’s own spacing', () => {
    expect(spokenMoney('de-DE', 65.9, 'EUR')).toBe('65,90\u00a0€');
    expect(spokenMoney('en-GB', 33.3, 'GBP')).toBe('£33.30');
    expect(spokenMoney('pt-BR', 61, 'BRL')).toBe('R$\u00a061,00');
    expect(spokenMoney('fr-CA', 41.5, 'CAD')).toBe('41,50\u00a0$');
    expect(spokenMoney('en-US', 38, 'USD')).toBe('$38.00');
  });
});
