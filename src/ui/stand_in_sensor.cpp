#include "src/ui/stand_in_sensor.h"

namespace vaultlink::ui {

void StandInSensor::ask(const platform::BiometricPrompt &prompt, std::function<void(bool)> answer) {
    if (m_answer)
        std::exchange(m_answer, nullptr)(false);
    m_prompt = prompt;
    m_answer = std::move(answer);
    emit askingChanged();
}

void StandInSensor::answer(bool yes) {
    if (!m_answer)
        return;
    const std::function<void(bool)> answer = std::exchange(m_answer, nullptr);
    emit askingChanged();
    answer(yes);
}

} // namespace vaultlink::ui
